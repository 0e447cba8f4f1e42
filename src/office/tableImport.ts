// SPEC §11: a table of the organisation (an .xlsx workbook with sheets 单位 and 机构, or a CSV of
// bureaus) → a scenario file whose baseline it is, with a preview of what was found. Every error
// of the table at once, each at its sheet!cell; then the file passes every check of §3, as any
// opened file does, and the parser's errors are put back at their cells. Never throws.
import type { OfficeArgs, OfficeKey } from '../i18n/office';
import { FILE_FORMAT, FILE_VERSION, MAX_FILE_BYTES, type Bureau, type FunctionDef, type ScenarioFile, type Unit, type UnitKind, serialiseScenarioFile } from '../model';
import { parseScenarioFile } from '../model/parse';
import { SHEET_NAMES, type SheetKind, headerKey } from './columns';
import { type CsvEncoding, decodeCsv, parseCsv } from './csv';
import { FunctionNames } from './functionNames';
import { type OrgRows, bureausFromRows, unitsFromBureauRows, unitsFromRows, functionsFromRows } from './importRows';
import { mapParserErrors } from './parserErrors';
import { type ColumnInfo, Issues, type RawSheet, type ReadSheet, type TableError, type TableNotice, readSheetRows } from './tableRows';
import { MAX_ROWS, readWorkbook } from './xlsxRead';
import { MAX_UNZIPPED_BYTES } from './zip';

export type { TableError, TableNotice } from './tableRows';

export interface ImportOptions {
  /** the file's name: the title of the new file, and the sheet name of a CSV */
  fileName: string;
  /** kinds the user chose in the preview, by unit name, over the guessed ones */
  kinds?: Readonly<Record<string, UnitKind>>;
}

export interface PreviewUnit {
  id: string;
  name: string;
  kind: UnitKind;
  /** how the kind was found: written in the table, guessed from the name, or taken by default */
  kindFrom: 'table' | 'name' | 'default' | 'user';
  bureaus: number;
}

export interface ImportPreview {
  source: 'xlsx' | 'csv';
  encoding?: CsvEncoding;
  units: PreviewUnit[];
  bureaus: number;
  columns: Array<{ sheet: string; recognised: ColumnInfo[]; ignored: ColumnInfo[] }>;
  /** duties named in the table that are none of the known ones: they became the file's own */
  createdFunctions: FunctionDef[];
  notices: TableNotice[];
}

export type TableImportResult =
  | { ok: true; file: ScenarioFile; preview: ImportPreview }
  | { ok: false; errors: TableError[]; preview?: ImportPreview };

export function importTable(bytes: Uint8Array, options: ImportOptions): TableImportResult {
  try {
    return importBytes(bytes, options);
  } catch (error) {
    // a bug must not reach the user as a crash: refuse the table and say why
    const issues = new Issues();
    issues.error(options.fileName, 'office.check', { detail: String(error) });
    return { ok: false, errors: issues.errors };
  }
}

function importBytes(bytes: Uint8Array, options: ImportOptions): TableImportResult {
  const issues = new Issues();
  const file = options.fileName;
  if (bytes.length === 0) return refuse(issues, file, 'office.empty', {});
  if (bytes.length > MAX_FILE_BYTES) return refuse(issues, file, 'office.fileTooLarge', { limit: MAX_FILE_BYTES / 1048576 });
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  if (isZip || isOle) return importWorkbook(bytes, options, issues);
  const decoded = decodeCsv(bytes);
  if (!decoded) return refuse(issues, file, /\.xlsx?$/i.test(file) ? 'office.notXlsx' : 'office.encoding', {});
  if (decoded.encoding !== 'UTF-8') issues.notice('office.notice.encoding', { encoding: decoded.encoding });
  if (/\.xlsx$/i.test(file) || decoded.text.includes('\u0000')) return refuse(issues, file, 'office.notXlsx', {});
  const sheet = parseCsv(decoded.text, baseName(file) || SHEET_NAMES.bureaus[0]);
  if (sheet.rows.length > MAX_ROWS) return refuse(issues, file, 'office.tooManyRows', { limit: MAX_ROWS });
  return finish({ bureaus: readSheetRows('bureaus', sheet, issues) }, options, issues, 'csv', decoded.encoding);
}

function importWorkbook(bytes: Uint8Array, options: ImportOptions, issues: Issues): TableImportResult {
  const file = options.fileName;
  const read = readWorkbook(bytes);
  if (!read.ok) {
    switch (read.reason) {
      case 'xls':
        return refuse(issues, file, 'office.xls', {});
      case 'tooLarge':
        return refuse(issues, file, 'office.tooLarge', { limit: MAX_UNZIPPED_BYTES / 1048576 });
      case 'tooManyRows':
        return refuse(issues, file, 'office.tooManyRows', { limit: MAX_ROWS });
      case 'corrupt':
        return refuse(issues, file, 'office.corrupt', {});
      default:
        return refuse(issues, file, 'office.notXlsx', {});
    }
  }
  const find = (kind: SheetKind): RawSheet | undefined => {
    const names = SHEET_NAMES[kind].map(headerKey);
    return read.sheets.find((s) => names.includes(headerKey(s.name)));
  };
  const bureaus = find('bureaus');
  if (!bureaus) {
    issues.error(file, 'office.noSheet', { wanted: [...SHEET_NAMES.bureaus], found: read.sheets.map((s) => s.name) });
    return { ok: false, errors: issues.errors };
  }
  const units = find('units');
  const functions = find('functions');
  const rows: OrgRows = {
    bureaus: readSheetRows('bureaus', bureaus, issues),
    units: units && readSheetRows('units', units, issues),
    functions: functions && readSheetRows('functions', functions, issues),
  };
  return finish(rows, options, issues, 'xlsx');
}

function finish(rows: OrgRows, options: ImportOptions, issues: Issues, source: 'xlsx' | 'csv', encoding?: CsvEncoding): TableImportResult {
  requireColumns(rows, issues);
  const names = new FunctionNames(rows.functions ? functionsFromRows(rows.functions, issues) : []);
  const units = rows.units ? unitsFromRows(rows.units, issues) : unitsFromBureauRows(rows.bureaus, issues, options.kinds ?? {});
  const bureaus = bureausFromRows(rows.bureaus, units, names, issues);
  const held = new Map<string, number>();
  for (const { bureau } of bureaus.list) held.set(bureau.unit, (held.get(bureau.unit) ?? 0) + 1);
  const preview: ImportPreview = {
    source,
    encoding,
    units: units.list.map(({ unit, kindFrom }) => ({ id: unit.id, name: unit.name, kind: unit.kind, kindFrom, bureaus: held.get(unit.id) ?? 0 })),
    bureaus: bureaus.list.length,
    columns: [rows.units, rows.bureaus, rows.functions].filter((s): s is ReadSheet => s !== undefined).map((sheet) => ({
      sheet: sheet.name,
      recognised: sheet.columns.filter((c) => c.field !== undefined),
      ignored: sheet.columns.filter((c) => c.field === undefined),
    })),
    createdFunctions: names.created,
    notices: issues.notices,
  };
  if (rows.bureaus.rows.length === 0 && (!rows.units || rows.units.rows.length === 0)) issues.error(`${rows.bureaus.name}!A${rows.bureaus.headerRow + 1}`, 'office.noRows', {});
  const functions = names.ownFunctions();
  const scenarioFile: ScenarioFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    title: titleOf(options.fileName),
    ...(functions.length > 0 ? { functions } : {}),
    units: units.list.map((u) => u.unit),
    bureaus: bureaus.list.map((b) => b.bureau),
    scenarios: [],
  };
  // The imported organisation passes every check of §3, like any opened file. Checked even beside
  // errors of the table, on the rows that did read, so that one pass lists every error; a row that
  // has an error of its own already is not blamed again for what that error left out.
  const parsed = units.list.length > 0 ? parseScenarioFile(serialiseScenarioFile(scenarioFile)) : undefined;
  if (parsed && !parsed.ok) {
    const blamed = new Set(issues.errors.map((e) => e.path));
    const unblamed = parsed.errors.filter((e) => !namesFailedUnit(e.path, scenarioFile, units.failed));
    issues.errors.push(...mapParserErrors(unblamed, units, bureaus, rows).filter((e) => !blamed.has(e.path)));
  }
  if (issues.errors.length > 0 || !parsed?.ok) return { ok: false, errors: issues.errors, preview };
  return { ok: true, file: parsed.file, preview };
}

/** Whether a parser error is a reference to a unit left out for errors of its own row (already listed). */
function namesFailedUnit(path: string, file: ScenarioFile, failed: ReadonlySet<string>): boolean {
  const match = /^\$\.(units|bureaus)\[(\d+)\]\.(unit|parent|jointWith|territory)(?:\[(\d+)\])?$/.exec(path);
  if (!match) return false;
  const item = (match[1] === 'units' ? file.units : file.bureaus)[Number(match[2])] as unknown as Record<string, unknown> | undefined;
  const value = item?.[match[3]!];
  const id = Array.isArray(value) ? value[Number(match[4])] : value;
  return typeof id === 'string' && failed.has(id);
}

function requireColumns(rows: OrgRows, issues: Issues): void {
  const need = (sheet: ReadSheet | undefined, fields: readonly string[], headers: readonly string[]) => {
    if (!sheet) return;
    fields.forEach((field, index) => {
      if (!sheet.fieldColumns.has(field)) issues.error(`${sheet.name}!${sheet.headerRow}:${sheet.headerRow}`, 'office.missingColumn', { header: headers[index]! });
    });
  };
  need(rows.units, ['name', 'kind'], ['名称', '类型']);
  need(rows.bureaus, ['unit', 'name', 'type', 'category'], ['所属单位', '名称', '机构类型', '类别']);
  need(rows.functions, ['id', 'name', 'category'], ['编号', '名称', '类别']);
}

function refuse<K extends OfficeKey>(issues: Issues, path: string, key: K, args: OfficeArgs<K>): TableImportResult {
  issues.error(path, key, args);
  return { ok: false, errors: issues.errors };
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]*$/, '');
}

function titleOf(fileName: string): string {
  const title = baseName(fileName).trim();
  return [...(title || '导入的编制台账')].slice(0, 200).join('');
}
