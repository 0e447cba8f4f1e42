// One sheet of a table (from a workbook or a CSV) read as rows of fields: the header row found,
// each header matched to a field of SPEC §11, and each cell read as text, a count, a word or a
// list, every error recorded with its place (`机构!F12`) and header.
import type { Localized } from '../i18n';
import { type OfficeArgs, type OfficeKey, officeLocalized, officeText } from '../i18n/office';
import { COLUMNS, type SheetKind, fieldOfHeader, headerKey, wordValue, YES_WORDS, NO_WORDS, allowedWords } from './columns';
import { type Cell, columnLetter, parseRef } from './xlsxRead';

export interface TableError {
  /** sheet!cell as the spreadsheet shows it (`机构!F12`), or the sheet, or the file */
  path: string;
  /** what is wrong: a key of the Office texts, or of the file parser's where it found it */
  code: string;
  message: Localized;
}

export interface TableNotice {
  path?: string;
  message: Localized;
}

/** A sheet as read: its name and its non-empty rows of cells. */
export interface RawSheet {
  name: string;
  rows: ReadonlyArray<{ row: number; cells: readonly Cell[] }>;
  merged?: readonly string[];
}

export interface ColumnInfo {
  letter: string;
  header: string;
  field?: string;
}

export interface FieldRow {
  row: number;
  cells: Map<string, Cell>;
}

export interface ReadSheet {
  kind: SheetKind;
  name: string;
  columns: ColumnInfo[];
  /** field → column (0-based) */
  fieldColumns: Map<string, number>;
  rows: FieldRow[];
  headerRow: number;
}

export class Issues {
  errors: TableError[] = [];
  notices: TableNotice[] = [];
  formulas = new Map<string, number>();

  error<K extends OfficeKey>(path: string, key: K, args: OfficeArgs<K>): void {
    this.errors.push({ path, code: key, message: officeLocalized(key, args) });
  }

  notice<K extends OfficeKey>(key: K, args: OfficeArgs<K>, path?: string): void {
    this.notices.push({ path, message: officeLocalized(key, args) });
  }
}

/** Which row holds the headers: the first of the first ten with two recognised headers, else row 1. */
function headerRowOf(kind: SheetKind, sheet: RawSheet): { row: number; cells: readonly Cell[] } | undefined {
  for (const row of sheet.rows.slice(0, 10)) {
    const known = row.cells.filter((c) => c.type === 'string' && fieldOfHeader(kind, String(c.value)) !== undefined).length;
    if (known >= 2) return row;
  }
  return sheet.rows[0];
}

export function readSheetRows(kind: SheetKind, sheet: RawSheet, issues: Issues): ReadSheet {
  const header = headerRowOf(kind, sheet);
  const columns: ColumnInfo[] = [];
  const fieldColumns = new Map<string, number>();
  const ignored: string[] = [];
  for (const cell of header?.cells ?? []) {
    const text = String(cell.value).trim();
    const letter = columnLetter(cell.col);
    const field = fieldOfHeader(kind, text);
    columns.push({ letter, header: text, field });
    if (field === undefined) ignored.push(`${letter}（${text}）`);
    else if (fieldColumns.has(field)) issues.error(`${sheet.name}!${letter}${header!.row}`, 'office.duplicateColumn', { header: text, first: columnLetter(fieldColumns.get(field)!) });
    else fieldColumns.set(field, cell.col);
  }
  if (ignored.length > 0) issues.notice('office.notice.ignored', { sheet: sheet.name, columns: ignored });
  const headerRow = header?.row ?? 1;
  if (headerRow > 1) issues.notice('office.notice.headerRow', { sheet: sheet.name, row: headerRow });
  const byColumn = new Map<number, string>([...fieldColumns].map(([field, col]) => [col, field]));
  const filled = fillMerged(sheet);
  const rows: FieldRow[] = [];
  let formulas = 0;
  for (const row of sheet.rows) {
    if (row.row <= headerRow) continue;
    const cells = new Map<string, Cell>();
    for (const cell of filled.get(row.row) ?? row.cells) {
      const field = byColumn.get(cell.col);
      if (field === undefined || isBlank(cell)) continue;
      if (cell.formula) formulas++;
      cells.set(field, cell);
    }
    if (cells.size > 0) rows.push({ row: row.row, cells }); // a row with nothing in known columns is an empty row
  }
  if (formulas > 0) issues.notice('office.notice.formulas', { sheet: sheet.name, count: formulas });
  if ((sheet.merged?.length ?? 0) > 0) issues.notice('office.notice.merged', { sheet: sheet.name, count: sheet.merged!.length });
  return { kind, name: sheet.name, columns, fieldColumns, rows, headerRow };
}

/** Each merged range's cells take the value of its top-left cell (台账 often merge the unit column). */
function fillMerged(sheet: RawSheet): Map<number, Cell[]> {
  const out = new Map<number, Cell[]>();
  if (!sheet.merged || sheet.merged.length === 0) return out;
  const byRow = new Map(sheet.rows.map((r) => [r.row, r.cells]));
  for (const range of sheet.merged) {
    const [from, to] = range.split(':').map(parseRef);
    if (!from || !to) continue;
    const source = byRow.get(from.row)?.find((c) => c.col === from.col);
    if (!source) continue;
    for (let row = from.row; row <= Math.min(to.row, from.row + 100_000); row++) {
      for (let col = from.col; col <= Math.min(to.col, from.col + 100); col++) {
        if (row === from.row && col === from.col) continue;
        const cells = out.get(row) ?? [...(byRow.get(row) ?? [])];
        if (!cells.some((c) => c.col === col)) cells.push({ ...source, row, col });
        out.set(row, cells);
      }
    }
  }
  return out;
}

function isBlank(cell: Cell): boolean {
  return cell.type === 'string' && String(cell.value).trim() === '';
}

/** Reads the cells of one row of one sheet, recording errors with their places. */
export class RowReader {
  constructor(
    private readonly sheet: ReadSheet,
    readonly row: FieldRow,
    private readonly issues: Issues,
  ) {}

  /** `机构!F12` for a field (its column), or the row's first cell when the sheet has no such column. */
  place(field: string): string {
    const col = this.sheet.fieldColumns.get(field);
    return `${this.sheet.name}!${col === undefined ? 'A' : columnLetter(col)}${this.row.row}`;
  }

  header(field: string): string {
    const col = this.sheet.fieldColumns.get(field);
    const info = this.sheet.columns.find((c) => c.field === field && (col === undefined || c.letter === columnLetter(col)));
    return info?.header ?? COLUMNS[this.sheet.kind].find((c) => c.field === field)?.zh ?? field;
  }

  fail<K extends OfficeKey>(field: string, key: K, args: OfficeArgs<K>): undefined {
    const at = this.place(field);
    const header = this.header(field);
    const words = officeLocalized(key, args);
    this.issues.errors.push({
      path: at,
      code: key,
      message: { zh: officeText('zh', 'office.at', { at, header, detail: words.zh }), en: officeText('en', 'office.at', { at, header, detail: words.en }) },
    });
    return undefined;
  }

  has(field: string): boolean {
    return this.row.cells.has(field);
  }

  /** The cell as text, exactly as written (names keep their spaces); undefined when empty. */
  text(field: string): string | undefined {
    const cell = this.row.cells.get(field);
    if (!cell) return undefined;
    if (cell.type === 'error') return this.fail(field, 'office.formulaError', { value: String(cell.value) });
    if (cell.type === 'date') return dateText(cell.value);
    if (cell.type === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    return String(cell.value);
  }

  /** Text for words, ids and numbers: full-width forms made plain, spaces around removed. */
  plain(field: string): string | undefined {
    const text = this.text(field);
    return text === undefined ? undefined : text.normalize('NFKC').trim();
  }

  /** A whole number from 0 to 1,000,000; `empty` when the cell is empty. */
  count(field: string, empty?: number): number | undefined {
    const cell = this.row.cells.get(field);
    if (!cell) return empty;
    if (cell.type === 'error') return this.fail(field, 'office.formulaError', { value: String(cell.value) });
    if (cell.type === 'date') return this.fail(field, 'office.date', { value: dateText(cell.value) });
    let number: number;
    if (cell.type === 'number') number = cell.value as number;
    else {
      // a number stored as text, or typed with full-width digits (１２), is still the number
      const text = String(cell.value).normalize('NFKC').trim().replace(/,(?=\d{3}\b)/g, '');
      if (!/^[+]?\d+(\.0+)?$/.test(text)) return this.fail(field, 'office.count', { value: String(cell.value) });
      number = Number(text);
    }
    if (!Number.isInteger(number) || number < 0) return this.fail(field, 'office.count', { value: String(cell.value) });
    if (number > 1_000_000) return this.fail(field, 'office.countTooLarge', { value: String(cell.value) });
    return number;
  }

  word<T extends string>(field: string, words: Record<T, readonly string[]>): T | undefined {
    const text = this.plain(field);
    if (text === undefined) return undefined;
    const value = wordValue(words, text);
    if (value === undefined) return this.fail(field, 'office.enum', { value: text, allowed: allowedWords(words) });
    return value;
  }

  boolean(field: string): boolean | undefined {
    const cell = this.row.cells.get(field);
    if (cell?.type === 'boolean') return cell.value as boolean;
    const text = this.plain(field);
    if (text === undefined) return undefined;
    const key = text.toLowerCase();
    if (YES_WORDS.includes(key)) return true;
    if (NO_WORDS.includes(key)) return false;
    return this.fail(field, 'office.boolean', { value: text });
  }

  list(field: string): string[] | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    return splitList(text);
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[、，,;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** An Excel date serial (1900 system) or an ISO text, as YYYY-MM-DD. */
function dateText(value: string | number | boolean): string {
  if (typeof value !== 'number') return String(value);
  const ms = Math.round((value - 25569) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
}

/** The header row's key for a sheet's known names, for finding sheets. */
export function sheetKey(name: string): string {
  return headerKey(name);
}
