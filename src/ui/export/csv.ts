// CSV that Excel opens correctly in Chinese: UTF-8 with a byte order mark, CRLF line ends, every
// field quoted where it must be, and no cell that Excel would run as a formula.

export type Cell = string | number | null | undefined;

function field(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  // a text starting with = + - @ is a formula to Excel: keep it text (numbers stay numbers)
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<readonly Cell[]>): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** A first line saying the figures are illustrative, where the file says so (as wide as the table, so every row has its columns). */
export function withMark<T>(rows: T[][], mark: string): Array<Array<T | string>> {
  if (mark === '') return rows;
  const width = Math.max(1, ...rows.map((r) => r.length));
  return [[mark, ...Array<string>(width - 1).fill('')], ...rows];
}
