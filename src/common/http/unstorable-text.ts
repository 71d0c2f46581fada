import type { FieldProblem } from './problem-details';

/** A high surrogate not followed by a low one, or a low one without its high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 32;

/**
 * Text that Postgres cannot store (NUL) or that is not Unicode at all (a lone surrogate, which
 * JSON's `\ud800` escape can produce) would fail deep in a write with a 500. Every string the
 * API receives, at any depth, is checked here first; each bad one is named by its dotted path.
 */
export function unstorableTextIn(value: unknown, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(value, path, 0, problems);
  return problems;
}

function visit(value: unknown, path: string, depth: number, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const message = problemOf(value);
    if (message) problems.push({ field: path || 'body', message });
    return;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1, problems));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyMessage = problemOf(key);
    const field = path ? `${path}.${key}` : key;
    if (keyMessage) problems.push({ field: safeName(field), message: `field name ${keyMessage}` });
    else visit(item, field, depth + 1, problems);
  }
}

function problemOf(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it has an unpaired surrogate)';
  return undefined;
}

/** A field name is echoed back in the answer: it must not carry the bad characters itself. */
function safeName(field: string): string {
  return field.replaceAll('\u0000', '\\u0000').replace(/[\uD800-\uDFFF]/g, '\\uFFFD');
}
