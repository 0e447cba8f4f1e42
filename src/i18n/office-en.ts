// Texts of the table import and of the Office exports (SPEC §11), in English. Same keys as office-zh.ts.
import type { OfficeCatalogue } from './office-zh';

const q = (s: string): string => `“${s}”`;
const list = (items: readonly string[]): string => items.join(', ');

const KINDS: Record<string, string> = { zone: 'zone committee', office: 'park office', town: 'town', street: 'street', platform: 'company platform', group: 'coordination group' };
const CATEGORIES: Record<string, string> = { economic: 'economic development', social: 'social management', general: 'general' };

export const officeEn: OfficeCatalogue = {
  'office.at': (a) => `${a.at} (${a.header}): ${a.detail}`,
  'office.atSheet': (a) => `${a.at}: ${a.detail}`,
  'office.count': (a) => `must be a whole number, 0 or more; found ${q(a.value)}`,
  'office.countTooLarge': (a) => `too large (${a.value}): at most 1,000,000`,
  'office.date': (a) => `is a date (${a.value}) where a whole number is needed; format the cell as General or Number`,
  'office.formulaError': (a) => `the formula failed (${a.value}); check it or type the number`,
  'office.required': () => 'must not be empty',
  'office.enum': (a) => `${q(a.value)} is not allowed; use one of: ${list(a.allowed)}`,
  'office.boolean': (a) => `must be “是” (yes) or “否” (no); found ${q(a.value)}`,
  'office.rank': (a) => `must be written position/of (such as 3/10); found ${q(a.value)}`,
  'office.id': (a) => `the ID ${q(a.value)} is not valid: 1–64 letters, digits, _ - or .`,
  'office.idDuplicate': (a) => `the ID ${q(a.value)} is used twice; ${a.first} has it already`,
  'office.nameTooLong': (a) => `the name is too long (${a.length} characters); at most 200`,
  'office.unitRef': (a) => `no unit ${q(a.value)}: give the ID or the exact name of a unit of the Units sheet`,
  'office.unitAmbiguous': (a) => `${q(a.value)} is the name of several units (IDs ${list(a.ids)}); give the ID instead`,
  'office.functionAmbiguous': (a) => `${q(a.value)} names several duties (IDs ${list(a.ids)}); give the ID instead`,
  'office.check': (a) => a.detail,
  'office.noSheet': (a) => `no sheet named ${a.wanted.map(q).join(' or ')}. ${a.found.length > 0 ? `This workbook has: ${list(a.found.map(q))}.` : 'This workbook has no sheets.'}`,
  'office.missingColumn': (a) => `the required column ${q(a.header)} is missing (row 1 holds the headers)`,
  'office.duplicateColumn': (a) => `the column ${q(a.header)} repeats column ${a.first}`,
  'office.noRows': () => 'no rows of data',
  'office.notXlsx': () => 'not an .xlsx workbook (nor CSV text). In Excel or WPS, use Save As → Excel Workbook (.xlsx)',
  'office.xls': () => 'this is an old Excel 97-2003 workbook (.xls), which cannot be read. In Excel or WPS, use Save As → Excel Workbook (.xlsx), then import that',
  'office.corrupt': () => 'the workbook is damaged and cannot be unpacked. Save it again, then import it',
  'office.tooLarge': (a) => `the workbook unpacks to more than ${a.limit} MB, far more than any establishment table; refused`,
  'office.fileTooLarge': (a) => `the file is over ${a.limit} MB, far more than any establishment table; refused`,
  'office.tooManyRows': (a) => `a sheet has more than ${a.limit} rows; refused`,
  'office.empty': () => 'the file is empty',
  'office.encoding': () => 'the file is neither UTF-8 nor GB18030 text and cannot be read',
  'office.notice.ignored': (a) => `columns not recognised on sheet ${q(a.sheet)} were ignored: ${list(a.columns)}`,
  'office.notice.encoding': (a) => `the file was read as ${a.encoding}`,
  'office.notice.function': (a) => `the duty ${q(a.name)} is not a built-in one: it became a duty of this file (ID ${a.id}, ${CATEGORIES[a.category] ?? a.category})`,
  'office.notice.merged': (a) => `sheet ${q(a.sheet)} has ${a.count} merged ranges: each cell of a range took the value of its top-left cell`,
  'office.notice.formulas': (a) => `sheet ${q(a.sheet)} has ${a.count} formula cells: the results saved with the workbook were read`,
  'office.notice.kind': (a) => (a.guessed ? `the unit ${q(a.unit)} was taken as a ${KINDS[a.kind] ?? a.kind} from its name; it can be changed before the import` : `the kind of the unit ${q(a.unit)} cannot be told from its name; it was taken as a ${KINDS[a.kind] ?? a.kind}: change it before the import`),
  'office.notice.governance': (a) => `the zone ${q(a.unit)} was taken as run apart from the district (区政分设); change it if zone and district are one`,
  'office.notice.headerRow': (a) => `the headers of sheet ${q(a.sheet)} are on row ${a.row}; the rows above were skipped`,
  'office.kind': (a) => KINDS[a.kind] ?? a.kind,
  'office.category': (a) => CATEGORIES[a.category] ?? a.category,
};
