// Sums the self time of a V8 CPU profile (node --cpu-prof) by the package that owns each function:
// the nearest node_modules/<name> (or @scope/name) in its script URL, "tenfold" for the project's
// own code, "node:internal" for Node's, and V8's pseudo-frames ((garbage collector), (idle),
// (program)) by name. A native function (a builtin such as JSON.stringify or a RegExp) counts for
// its nearest caller with a script. Idle time is left out: the shares are of busy CPU.
//
//   node dist-bench/bench/tools/cpu-profile-by-package.js web.cpuprofile [top=25]
//   (built by `npm run bench`, or `npx tsc -p tsconfig.bench.json`)
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function scriptOwnerOf(node: ProfileNode): string | undefined {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : undefined;
  if (url.startsWith('node:')) return 'node:internal';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  return url.includes('/dist/') || url.includes('/src/') ? 'tenfold' : url;
}

export function summarise(profile: CpuProfile): { busy: number; rows: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node);
  const ownerOf = (node: ProfileNode | undefined) => {
    for (let at = node; at; at = parentOf.get(at.id)) {
      const owner = scriptOwnerOf(at);
      if (owner) return owner;
    }
    return '(native)';
  };
  const selfMicros = new Map<string, number>();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const owner = ownerOf(byId.get(profile.samples[i]));
    selfMicros.set(owner, (selfMicros.get(owner) ?? 0) + (deltas[i] ?? 0));
  }
  selfMicros.delete('(idle)');
  const busy = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  return { busy, rows: [...selfMicros].sort((a, b) => b[1] - a[1]) };
}

if (require.main === module) {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: cpu-profile-by-package.js <file.cpuprofile> [top]');
    process.exit(2);
  }
  const { busy, rows } = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  console.log(`busy CPU ${(busy / 1e6).toFixed(2)} s`);
  console.log('| package | share of busy CPU |\n|---|---|');
  for (const [owner, micros] of rows.slice(0, Number(top))) {
    console.log(`| ${owner} | ${((100 * micros) / busy).toFixed(1)}% |`);
  }
}
