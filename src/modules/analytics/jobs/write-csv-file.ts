import { once } from 'node:events';
// stateless-ok: a temp file in os.tmpdir(), streamed to S3 and removed by the export job
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

import { csvLine } from '../domain/csv';
import type { ExportRow } from '../persistence/export-rows.sql';

export const CSV_COLUMNS = [
  'day',
  'task_id',
  'project_id',
  'assignee_id',
  'created_at',
  'completed_at',
  'cycle_hours',
] as const;

/**
 * Writes the CSV to `path` batch by batch, honouring the file stream's back-pressure, so memory
 * holds one batch at most whatever the range. Answers the data rows written and the file's size.
 */
export async function writeCsvFile(
  path: string,
  batches: AsyncIterable<ExportRow[]>,
): Promise<{ rows: number; bytes: number }> {
  const file = createWriteStream(path, { flags: 'wx' });
  try {
    let rows = 0;
    await write(file, csvLine(CSV_COLUMNS));
    for await (const batch of batches) {
      await write(
        file,
        batch.map((row) => csvLine(CSV_COLUMNS.map((column) => row[column]))).join(''),
      );
      rows += batch.length;
    }
    file.end();
    await finished(file);
    return { rows, bytes: (await stat(path)).size };
  } finally {
    file.destroy();
  }
}

async function write(file: NodeJS.WritableStream, text: string): Promise<void> {
  if (!file.write(text)) await once(file, 'drain');
}
