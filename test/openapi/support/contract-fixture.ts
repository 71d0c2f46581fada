import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from '../../harness/repo-root';

/** The parts of an OpenAPI 3.0 document the contract tests change. */
export interface FixtureSchema {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: string[];
  maxLength?: number;
  required?: string[];
  properties?: Record<string, FixtureSchema>;
}

export interface FixtureParameter {
  name: string;
  in: string;
  required?: boolean;
  schema: FixtureSchema;
}

export interface FixtureResponse {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: FixtureSchema }>;
}

export interface FixtureOperation {
  operationId?: string;
  summary?: string;
  parameters?: FixtureParameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, FixtureResponse>;
}

export interface FixtureDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, FixtureOperation>>;
  components: { schemas: Record<string, FixtureSchema> };
}

export const RELEASED_FIXTURE = join(__dirname, '..', 'fixtures', 'released.json');

/** A fresh copy of the released fixture contract, to change. */
export function releasedFixture(): FixtureDocument {
  return JSON.parse(readFileSync(RELEASED_FIXTURE, 'utf8')) as FixtureDocument;
}

/** Writes the document to a file of its own in a new temporary folder; returns its path. */
export function writeDocument(document: FixtureDocument, name = 'openapi.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tenfold-openapi-')), name);
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return path;
}

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a Node script of the repository (or a package's CLI entry) with this process's Node. */
export function runNode(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, script), ...args],
      {
        cwd: REPO_ROOT,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Parses a command's JSON report, or fails with what the command said instead. */
export function jsonReport<T>(run: Run): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`no JSON report (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  }
}
