// An .xlsx workbook → its sheets as cells with their places, as the spreadsheet numbers them.
// Values only: a formula gives the result the spreadsheet saved with it; a date stays a date (its
// serial number), so that a date typed in a number column is reported, not read as a number.
import { attribute, decodeCellText, walkXml } from './xml';
import { unzipEntries } from './zip';

export type CellType = 'string' | 'number' | 'boolean' | 'date' | 'error';

export interface Cell {
  /** 1-based, as the spreadsheet shows it */
  row: number;
  /** 0-based: A = 0 */
  col: number;
  type: CellType;
  value: string | number | boolean;
  formula: boolean;
}

export interface SheetCells {
  name: string;
  /** the rows that hold anything, in order, each with its cells in column order */
  rows: Array<{ row: number; cells: Cell[] }>;
  /** merged ranges, as `A2:A5` */
  merged: string[];
}

export type ReadWorkbookResult =
  | { ok: true; sheets: SheetCells[] }
  | { ok: false; reason: 'notZip' | 'xls' | 'tooLarge' | 'corrupt' | 'notWorkbook' | 'tooManyRows' };

/** Far more rows than a province has bureaus; a sheet past this is refused, not read slowly. */
export const MAX_ROWS = 200_000;

const decoder = new TextDecoder('utf-8');

export function readWorkbook(bytes: Uint8Array): ReadWorkbookResult {
  // an .xls (the old binary format) renamed .xlsx: say so, rather than "not a zip"
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { ok: false, reason: 'xls' };
  const unzipped = unzipEntries(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if (!unzipped.ok) return unzipped;
  const text = (path: string): string | undefined => {
    const data = unzipped.files.get(path);
    return data === undefined ? undefined : decoder.decode(data);
  };
  const workbookPath = officeDocument(text('_rels/.rels')) ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) return { ok: false, reason: 'notWorkbook' };
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(text(`${base}_rels/${workbookPath.slice(base.length)}.rels`) ?? '', base);
  const shared = sharedStrings(text(rels.sharedStrings ?? `${base}sharedStrings.xml`) ?? '');
  const dates = dateStyles(text(rels.styles ?? `${base}styles.xml`) ?? '');
  const sheets: SheetCells[] = [];
  for (const { name, id } of sheetList(workbook)) {
    const path = rels.byId.get(id);
    const xml = path === undefined ? undefined : text(path);
    if (xml === undefined) continue; // a chart sheet, or a sheet the file does not hold
    const sheet = readSheet(name, xml, shared, dates);
    if (sheet === undefined) return { ok: false, reason: 'tooManyRows' };
    sheets.push(sheet);
  }
  return { ok: true, sheets };
}

function officeDocument(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  let found: string | undefined;
  walkXml(xml, (tag) => {
    if (tag.name !== 'Relationship' || tag.close || found) return;
    if ((attribute(tag.attributes, 'Type') ?? '').endsWith('/officeDocument')) found = attribute(tag.attributes, 'Target')?.replace(/^\//, '');
  }, () => undefined);
  return found;
}

function relationships(xml: string, base: string): { byId: Map<string, string>; sharedStrings?: string; styles?: string } {
  const byId = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  walkXml(xml, (tag) => {
    if (tag.name !== 'Relationship' || tag.close) return;
    const id = attribute(tag.attributes, 'Id');
    const target = attribute(tag.attributes, 'Target');
    if (id === undefined || target === undefined) return;
    const path = target.startsWith('/') ? target.slice(1) : normalise(base + target);
    byId.set(id, path);
    const type = attribute(tag.attributes, 'Type') ?? '';
    if (type.endsWith('/sharedStrings')) sharedStrings = path;
    if (type.endsWith('/styles')) styles = path;
  }, () => undefined);
  return { byId, sharedStrings, styles };
}

/** `xl/worksheets/../x.xml` → `xl/x.xml` */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function sheetList(xml: string): Array<{ name: string; id: string }> {
  const sheets: Array<{ name: string; id: string }> = [];
  walkXml(xml, (tag) => {
    if (tag.name !== 'sheet' || tag.close) return;
    const name = attribute(tag.attributes, 'name');
    const id = attribute(tag.attributes, 'id');
    if (name !== undefined && id !== undefined) sheets.push({ name, id });
  }, () => undefined);
  return sheets;
}

/** The shared strings: each `<si>` whole, its phonetic runs (`<rPh>`) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = false;
  walkXml(xml, (tag) => {
    if (tag.name === 'si') {
      if (tag.close) strings.push(decodeCellText(current ?? ''));
      current = tag.close || tag.selfClosing ? undefined : '';
      if (tag.selfClosing) strings.push('');
    } else if (tag.name === 'rPh') phonetic = !tag.close && !tag.selfClosing;
    else if (tag.name === 't') inText = !tag.close && !tag.selfClosing;
  }, (text) => {
    if (inText && !phonetic && current !== undefined) current += text;
  });
  return strings;
}

const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style (`s`), whether its number format shows a date or a time. */
function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inXfs = false;
  walkXml(xml, (tag) => {
    if (tag.name === 'numFmt' && !tag.close) {
      const id = Number(attribute(tag.attributes, 'numFmtId'));
      custom.set(id, attribute(tag.attributes, 'formatCode') ?? '');
    } else if (tag.name === 'cellXfs') inXfs = !tag.close && !tag.selfClosing;
    else if (tag.name === 'xf' && inXfs && !tag.close) {
      const id = Number(attribute(tag.attributes, 'numFmtId') ?? 0);
      const code = custom.get(id);
      styles.push(code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code));
    }
  }, () => undefined);
  return styles;
}

/** A format code shows a date when, outside quoted text and [colour]/[$-locale] parts, it has y, m, d, h or s. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function readSheet(name: string, xml: string, shared: readonly string[], dates: readonly boolean[]): SheetCells | undefined {
  const rows: SheetCells['rows'] = [];
  const merged: string[] = [];
  let row = 0;
  let cells: Cell[] = [];
  let cell: { ref?: string; t: string; s: number; formula: boolean; v?: string; inline?: string } | undefined;
  let nextCol = 0;
  let into: 'v' | 't' | 'none' = 'none';
  let phonetic = false;
  let tooMany = false;
  const endRow = () => {
    if (cells.length > 0) rows.push({ row, cells });
    cells = [];
  };
  walkXml(xml, (tag) => {
    if (tooMany) return;
    switch (tag.name) {
      case 'row':
        if (tag.close) {
          endRow();
          return;
        }
        row = Number(attribute(tag.attributes, 'r') ?? row + 1) || row + 1;
        nextCol = 0;
        if (rows.length >= MAX_ROWS) tooMany = true;
        if (tag.selfClosing) endRow();
        return;
      case 'c':
        if (tag.close) {
          finishCell();
          return;
        }
        cell = { ref: attribute(tag.attributes, 'r'), t: attribute(tag.attributes, 't') ?? 'n', s: Number(attribute(tag.attributes, 's') ?? 0), formula: false };
        if (tag.selfClosing) finishCell();
        return;
      case 'f':
        if (cell && !tag.close) cell.formula = true;
        return;
      case 'v':
        into = tag.close || tag.selfClosing ? 'none' : 'v';
        return;
      case 'rPh':
        phonetic = !tag.close && !tag.selfClosing;
        return;
      case 't':
        into = tag.close || tag.selfClosing ? 'none' : 't';
        return;
      case 'mergeCell': {
        const ref = attribute(tag.attributes, 'ref');
        if (ref && !tag.close) merged.push(ref);
        return;
      }
    }
  }, (text) => {
    if (!cell) return;
    if (into === 'v') cell.v = (cell.v ?? '') + text;
    else if (into === 't' && !phonetic) cell.inline = (cell.inline ?? '') + text;
  });
  if (tooMany) return undefined;

  function finishCell(): void {
    if (!cell) return;
    const place = cell.ref === undefined ? undefined : parseRef(cell.ref);
    const col = place?.col ?? nextCol;
    nextCol = col + 1;
    const value = cellValue(cell, shared, dates);
    if (value) cells.push({ row: place?.row ?? row, col, formula: cell.formula, ...value });
    cell = undefined;
  }
  return { name, rows, merged };
}

function cellValue(cell: { t: string; s: number; v?: string; inline?: string }, shared: readonly string[], dates: readonly boolean[]): Pick<Cell, 'type' | 'value'> | undefined {
  switch (cell.t) {
    case 's': {
      const text = shared[Number(cell.v)];
      return text === undefined || text === '' ? undefined : { type: 'string', value: text };
    }
    case 'inlineStr':
      return cell.inline === undefined || cell.inline === '' ? undefined : { type: 'string', value: decodeCellText(cell.inline) };
    case 'str':
      return cell.v === undefined || cell.v === '' ? undefined : { type: 'string', value: decodeCellText(cell.v) };
    case 'b':
      return cell.v === undefined ? undefined : { type: 'boolean', value: cell.v === '1' };
    case 'e':
      return { type: 'error', value: cell.v ?? '#N/A' };
    case 'd':
      return cell.v === undefined ? undefined : { type: 'date', value: cell.v };
    default: {
      if (cell.v === undefined || cell.v.trim() === '') return undefined;
      const number = Number(cell.v);
      if (!Number.isFinite(number)) return { type: 'string', value: cell.v };
      return { type: dates[cell.s] ? 'date' : 'number', value: number };
    }
  }
}

/** `B12` → row 12, col 1. */
export function parseRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col: col - 1 };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
