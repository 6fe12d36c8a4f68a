/** A value a CSV cell can hold. */
export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // RFC 4180: quote fields holding a delimiter, quote or line break; double inner quotes.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Serialises rows to RFC 4180 CSV (CRLF line ends, header first) with the given columns in
 * order. `null` and `undefined` become empty cells.
 * @example toCsv([{ a: 1, b: 'x,y' }], ['a', 'b']) // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv<Row extends Readonly<Record<string, CsvValue>>>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
