/** A column of a text table: its heading and how to show a row's value. */
export interface Column<Row> {
  readonly heading: string;
  readonly value: (row: Row) => string;
  /** Longer values are cut with "…" (error messages, payloads). */
  readonly maxWidth?: number;
}

/** Rows as an aligned plain-text table, or `empty` when there are none. */
export function formatTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  empty: string,
): string {
  if (rows.length === 0) return empty;
  const cells = rows.map((row) =>
    columns.map((column) => clip(oneLine(column.value(row)), column.maxWidth)),
  );
  const widths = columns.map((column, i) =>
    Math.max(column.heading.length, ...cells.map((line) => line[i].length)),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.heading)), ...cells.map(render)].join('\n');
}

function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

function clip(value: string, maxWidth: number | undefined): string {
  return maxWidth !== undefined && value.length > maxWidth
    ? `${value.slice(0, maxWidth - 1)}…`
    : value;
}
