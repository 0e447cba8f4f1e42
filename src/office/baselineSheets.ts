// The organisation (the baseline) as the sheets 单位 and 机构 of SPEC §11, and 职能 when the file
// defines duties of its own: written so that importing them gives back the same units and bureaus.
import type { Bureau, ScenarioFile, Unit } from '../model';
import { BUREAU_COLUMNS, CATEGORY_WORDS, FUNCTION_COLUMNS, GOVERNANCE_WORDS, KIND_WORDS, LEVEL_WORDS, SHEET_NAMES, TYPE_WORDS, UNIT_COLUMNS } from './columns';
import { FunctionNames } from './functionNames';
import type { CellInput, SheetSpec } from './xlsxWrite';

const word = <T extends string>(words: Record<T, readonly string[]>, value: T | undefined): string | undefined => (value === undefined ? undefined : words[value][0]);
const yesNo = (value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? '是' : '否');
const header = (columns: ReadonlyArray<{ zh: string }>): CellInput[] => columns.map((c) => ({ value: c.zh, style: 'header' }));
/** Text a user typed: always a text cell, even when it looks like a number. */
const text = (value: string | undefined): CellInput => (value === undefined ? undefined : { value, style: 'text' });

function unitRow(unit: Unit): CellInput[] {
  return [
    text(unit.id),
    text(unit.name),
    word(KIND_WORDS, unit.kind),
    word(LEVEL_WORDS, unit.level),
    word(GOVERNANCE_WORDS, unit.governance),
    yesNo(unit.partyCommittee),
    text(unit.parent),
    text(unit.territory?.join('、')),
    yesNo(unit.developedTown),
    unit.leaderPosts,
    unit.leaderPostCap,
    unit.bodyCap,
    text(unit.jointWith),
    text(unit.rank ? `${unit.rank.position}/${unit.rank.of}` : undefined),
  ];
}

function bureauRow(bureau: Bureau, names: FunctionNames): CellInput[] {
  return [
    text(bureau.id),
    text(bureau.unit),
    text(bureau.name),
    word(TYPE_WORDS, bureau.type),
    word(CATEGORY_WORDS, bureau.category),
    text(bureau.functions.map((id) => names.token(id)).join('、') || undefined),
    bureau.staff.admin,
    bureau.staff.institutional,
    bureau.leaderPosts,
  ];
}

export function baselineSheets(file: Pick<ScenarioFile, 'units' | 'bureaus' | 'functions'>): SheetSpec[] {
  const names = new FunctionNames(file.functions ?? []);
  const sheets: SheetSpec[] = [
    { name: SHEET_NAMES.units[0], frozenRows: 1, rows: [header(UNIT_COLUMNS), ...file.units.map(unitRow)] },
    { name: SHEET_NAMES.bureaus[0], frozenRows: 1, rows: [header(BUREAU_COLUMNS), ...file.bureaus.map((b) => bureauRow(b, names))] },
  ];
  if (file.functions && file.functions.length > 0) {
    sheets.push({
      name: SHEET_NAMES.functions[0],
      frozenRows: 1,
      rows: [header(FUNCTION_COLUMNS), ...file.functions.map((fn) => [text(fn.id), text(fn.name), word(CATEGORY_WORDS, fn.category)])],
    });
  }
  return sheets;
}
