// A CSV of bureaus (SPEC §11): the encoding found (UTF-8 with or without BOM, GB18030 as Excel on a
// Chinese Windows writes it, UTF-16 with its BOM as Excel's "Unicode text"), then RFC 4180 fields.
import type { Cell } from './xlsxRead';
import type { RawSheet } from './tableRows';

export type CsvEncoding = 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: GB18030 (a superset of GBK and GB2312) is what a Chinese Windows writes
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
  } catch {
    return undefined;
  }
}

/** The fields of a CSV text; comma-separated, or tab-separated when the first line has tabs and no commas. */
export function parseCsv(text: string, sheetName: string): RawSheet {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: Array<{ row: number; cells: Cell[] }> = [];
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let col = 0;
  const endField = () => {
    if (field !== '') cells.push({ row, col, type: 'string', value: field, formula: false });
    field = '';
    col++;
  };
  const endRow = () => {
    endField();
    if (cells.length > 0) rows.push({ row, cells });
    cells = [];
    row++;
    col = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRow();
  return { name: sheetName, rows };
}
