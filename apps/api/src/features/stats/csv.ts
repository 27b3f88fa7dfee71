/**
 * CSV the way Danish Excel opens it without an import dialog: UTF-8 with a byte-order mark (so
 * æ, ø and å survive), `;` between fields (Danish Excel uses `,` as the decimal separator),
 * decimal commas, CRLF line ends.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type CsvValue = string | number | boolean | null | undefined;

// A leading =, +, - or @ would make Excel run the cell as a formula (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(';')}\r\n`;
}

/** A whole document: BOM, header line, one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}

/** `statistik-kategorier-2026-01-01-2026-11-26.csv`: ASCII only, safe in a Content-Disposition header. */
export function csvFileName(parts: readonly string[]): string {
  return `${parts.map((part) => part.replace(/[^a-zA-Z0-9-]+/g, '-')).join('-')}.csv`;
}
