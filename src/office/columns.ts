// The columns of SPEC §11: which header names a field, and the words a cell may hold for it.
// These words are the format's vocabulary (like the names of the built-in duties), not messages.
import type { BureauType, Category, Governance, Level, UnitKind } from '../model';

export type SheetKind = 'units' | 'bureaus' | 'functions';

export type UnitField =
  | 'id' | 'name' | 'kind' | 'level' | 'governance' | 'partyCommittee' | 'parent' | 'territory'
  | 'developedTown' | 'leaderPosts' | 'leaderPostCap' | 'bodyCap' | 'jointWith' | 'rank';
export type BureauField = 'id' | 'unit' | 'name' | 'type' | 'category' | 'functions' | 'staff.admin' | 'staff.institutional' | 'leaderPosts';
export type FunctionField = 'id' | 'name' | 'category';

export interface ColumnDef<F extends string = string> {
  field: F;
  /** the header written on export and in the template: Chinese first */
  zh: string;
  en: string;
  /** other names a header may have in a table made by hand */
  aliases?: readonly string[];
}

/** Sheet names, Chinese first; a workbook may use either. */
export const SHEET_NAMES: Record<SheetKind, readonly [string, string]> = {
  units: ['单位', 'Units'],
  bureaus: ['机构', 'Bureaus'],
  functions: ['职能', 'Functions'],
};

export const UNIT_COLUMNS: ReadonlyArray<ColumnDef<UnitField>> = [
  { field: 'id', zh: '编号', en: 'ID' },
  { field: 'name', zh: '名称', en: 'Name', aliases: ['单位名称'] },
  { field: 'kind', zh: '类型', en: 'Kind', aliases: ['单位类型'] },
  { field: 'level', zh: '级别', en: 'Level' },
  { field: 'governance', zh: '区政关系', en: 'Governance' },
  { field: 'partyCommittee', zh: '党工委', en: 'Party committee' },
  { field: 'parent', zh: '上级开发区', en: 'Parent' },
  { field: 'territory', zh: '辖区镇街', en: 'Territory' },
  { field: 'developedTown', zh: '经济发达镇', en: 'Developed town' },
  { field: 'leaderPosts', zh: '领导职数', en: 'Leader posts' },
  { field: 'leaderPostCap', zh: '职数限额', en: 'Leader post cap' },
  { field: 'bodyCap', zh: '机构限额', en: 'Body cap' },
  { field: 'jointWith', zh: '合署', en: 'Joint with' },
  { field: 'rank', zh: '考核排名', en: 'Rank' },
];

export const BUREAU_COLUMNS: ReadonlyArray<ColumnDef<BureauField>> = [
  { field: 'id', zh: '编号', en: 'ID' },
  { field: 'unit', zh: '所属单位', en: 'Unit' },
  { field: 'name', zh: '名称', en: 'Name', aliases: ['机构名称'] },
  { field: 'type', zh: '机构类型', en: 'Type' },
  { field: 'category', zh: '类别', en: 'Category' },
  { field: 'functions', zh: '职责', en: 'Functions' },
  { field: 'staff.admin', zh: '行政编制', en: 'Admin staff' },
  { field: 'staff.institutional', zh: '事业编制', en: 'Institutional staff' },
  { field: 'leaderPosts', zh: '领导职数', en: 'Leader posts' },
];

/** Not in SPEC §11's table: written on export when the file defines its own duties, so that they come back. */
export const FUNCTION_COLUMNS: ReadonlyArray<ColumnDef<FunctionField>> = [
  { field: 'id', zh: '编号', en: 'ID' },
  { field: 'name', zh: '名称', en: 'Name' },
  { field: 'category', zh: '类别', en: 'Category' },
];

export const COLUMNS: Record<SheetKind, ReadonlyArray<ColumnDef>> = { units: UNIT_COLUMNS, bureaus: BUREAU_COLUMNS, functions: FUNCTION_COLUMNS };

/** A header as compared: case, surrounding and repeated spaces, full-width forms ignored. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The field a header names on a sheet, or undefined. */
export function fieldOfHeader(sheet: SheetKind, header: string): string | undefined {
  const key = headerKey(header);
  return COLUMNS[sheet].find((c) => [c.zh, c.en, ...(c.aliases ?? [])].some((name) => headerKey(name) === key))?.field;
}

/** value words: the first is what an export writes */
export const KIND_WORDS: Record<UnitKind, readonly string[]> = {
  zone: ['管委会', '开发区管委会', '管理委员会', 'zone'],
  office: ['管理办公室', '办公室', 'office'],
  town: ['镇', 'town'],
  street: ['街道', 'street'],
  platform: ['公司平台', '公司', 'platform'],
  group: ['领导小组', '统筹协调机制', 'group'],
};
export const LEVEL_WORDS: Record<Level, readonly string[]> = { national: ['国家级', 'national'], provincial: ['省级', 'provincial'], municipal: ['市级', 'municipal'] };
export const GOVERNANCE_WORDS: Record<Governance, readonly string[]> = { integrated: ['区政合一', 'integrated'], separated: ['区政分设', 'separated'] };
export const TYPE_WORDS: Record<BureauType, readonly string[]> = { internal: ['内设机构', '内设职能机构', 'internal'], institution: ['事业单位', 'institution'] };
export const CATEGORY_WORDS: Record<Category, readonly string[]> = { economic: ['经济发展类', '经济类', 'economic'], social: ['社会管理类', '社会类', 'social'], general: ['综合类', 'general'] };
export const YES_WORDS = ['是', 'yes', 'true', 'y', '1', '有'];
export const NO_WORDS = ['否', 'no', 'false', 'n', '0', '无'];

/** Each word list as compared, made once: a table of 10,000 bureaus asks 20,000 times. */
const wordKeys = new WeakMap<object, Map<string, string>>();

/** The value a cell's word names, case and full-width forms ignored. */
export function wordValue<T extends string>(words: Record<T, readonly string[]>, text: string): T | undefined {
  let keys = wordKeys.get(words);
  if (!keys) {
    keys = new Map();
    for (const [value, names] of Object.entries(words) as Array<[T, readonly string[]]>) for (const name of names) keys.set(headerKey(name), value);
    wordKeys.set(words, keys);
  }
  return keys.get(headerKey(text)) as T | undefined;
}

/** The words a user may write, for messages: the first of each value. */
export function allowedWords<T extends string>(words: Record<T, readonly string[]>): string[] {
  return (Object.values(words) as Array<readonly string[]>).map((names) => names[0]!);
}

/** Lists in one cell (territory, duties): separated by 、 ， , ; or ； */
export const LIST_SEPARATOR = /[、，,;；]/;
