import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kernel: string;
  loadAverage: number[];
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown cpu';
}

/** What the numbers were measured on. */
export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: `${type()} ${release()}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Commit and whether src/ had uncommitted changes (tenfold's code may be in flux). */
export function describeCheckout(root: string): { commit: string | null; srcChanged: boolean } {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() || null;
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    srcChanged: Boolean(git('status', '--porcelain', '--', 'src')),
  };
}

/**
 * The Node the node-runtimes scenarios compare the bench's own with: BENCH_OTHER_NODE, or the
 * machine's /usr/bin/node (Node 20 on these machines). Its version goes into the target's label.
 */
export function otherNode(): { binary: string; version: string } {
  const binary = process.env.BENCH_OTHER_NODE || '/usr/bin/node';
  // Not thrown here: every scenario module is loaded, and only these two need the other Node. Its
  // server then fails to start, naming the binary.
  if (!existsSync(binary))
    return { binary, version: `(no Node at ${binary}: set BENCH_OTHER_NODE)` };
  const version = execFileSync(binary, ['-v'], { encoding: 'utf8' }).trim();
  return { binary, version };
}
