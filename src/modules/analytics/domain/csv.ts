export type CsvValue = string | number | null;

/**
 * One CSV line (RFC 4180, CRLF). A value with a comma, quote, CR or LF is quoted, quotes doubled;
 * null is an empty field. A text value that starts like a formula (= + - @) gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it.
 */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
