import { execFile } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..');
// ESLint's own entry, run by this process's Node (not whichever `node` a shebang finds first).
const eslint = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

export type LintMessage = { ruleId: string | null; line: number; message: string };
export type LintResult = { messages: LintMessage[] };

/**
 * Lints `source` with the project's real ESLint config as though it were the file at `asPath`
 * (relative to the repository), so the rules for that path apply: how the architecture specs prove
 * a lint rule bites on a fixture without the fixture living in src/.
 */
export function lintAs(source: string, asPath: string): Promise<LintResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [eslint, '--format', 'json', '--stdin', '--stdin-filename', asPath],
      { cwd: repoRoot },
      (error, stdout) => {
        try {
          resolve((JSON.parse(stdout) as LintResult[])[0]);
        } catch {
          reject(error ?? new Error(`eslint printed no JSON: ${stdout}`));
        }
      },
    );
    child.stdin?.end(source);
  });
}
