// The template to download (SPEC §11 / issue 14): both sheets with their headers and two example
// rows each, and a third sheet saying what each column takes, in Chinese.
import type { Lang } from '../i18n';
import { type OfficeKey, officeText } from '../i18n/office';
import { BUREAU_COLUMNS, SHEET_NAMES, UNIT_COLUMNS } from './columns';
import { baselineSheets } from './baselineSheets';
import { type CellInput, type SheetSpec, writeWorkbook } from './xlsxWrite';
import type { Bureau, Unit } from '../model';

const EXAMPLE_UNITS: Unit[] = [
  { id: 'kfq', name: '示例经济开发区管委会', kind: 'zone', level: 'provincial', governance: 'separated', partyCommittee: true, territory: ['dg'], leaderPosts: 5, leaderPostCap: 6, bodyCap: 8, rank: { position: 3, of: 10 } },
  { id: 'dg', name: '示例镇', kind: 'town', leaderPosts: 4 },
];
const EXAMPLE_BUREAUS: Bureau[] = [
  { id: 'kfq-zs', name: '招商服务局', unit: 'kfq', type: 'internal', category: 'economic', functions: ['investment-promotion', 'business-environment'], staff: { admin: 8, institutional: 2 }, leaderPosts: 2 },
  { id: 'dg-sh', name: '社会事业局', unit: 'dg', type: 'internal', category: 'social', functions: ['livelihood-services'], staff: { admin: 6, institutional: 0 }, leaderPosts: 1 },
];

export function templateWorkbook(lang: Lang = 'zh'): Uint8Array {
  const sheets: SheetSpec[] = baselineSheets({ units: EXAMPLE_UNITS, bureaus: EXAMPLE_BUREAUS });
  const header = (key: OfficeKey): CellInput => ({ value: officeText(lang, key, {} as never), style: 'header' });
  const rows = (sheet: 'units' | 'bureaus', columns: typeof UNIT_COLUMNS | typeof BUREAU_COLUMNS): CellInput[][] =>
    columns.map((c) => [SHEET_NAMES[sheet][0], c.zh, c.en, { value: officeText(lang, 'office.help', { sheet, field: c.field }), style: 'text', wrap: true }]);
  sheets.push({
    name: officeText(lang, 'office.sheet.help', {}),
    frozenRows: 1,
    widths: [10, 14, 20, 70],
    rows: [[header('office.col.sheet'), header('office.col.column'), { value: 'English', style: 'header' }, header('office.col.values')], ...rows('units', UNIT_COLUMNS), ...rows('bureaus', BUREAU_COLUMNS)],
  });
  return writeWorkbook(sheets, '编制台账模板');
}
