// SPEC §11: export then import gives back the same organisation. For generated valid files: the
// .xlsx gives back every unit and bureau, ids and every field, and the file's own duties; a CSV of
// bureaus whose units are written by name gives back every bureau, its unit found by name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FUNCTIONS, type ScenarioFile, functionCatalogue } from '../../src/model';
import { baselineSheets } from '../../src/office/baselineSheets';
import { FunctionNames } from '../../src/office/functionNames';
import { importTable } from '../../src/office/tableImport';
import { writeWorkbook } from '../../src/office/xlsxWrite';
import { validFileArb } from '../properties/arbitraries';

/** Text a CSV can hold: UTF-8 has no lone surrogates, and a NUL marks a file that is not text (a workbook writes both as _xHHHH_). */
const csvSafe = (text: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text);
const fileIsCsvSafe = (file: ScenarioFile) =>
  [...file.units.map((u) => u.name), ...file.bureaus.map((b) => b.name), ...(file.functions ?? []).map((f) => f.name)].every(csvSafe);

/** A duty repeated in one bureau is invalid in format version 2 (SPEC §3); the table carries it once. */
const noRepeatedDuty = (file: ScenarioFile) => file.bureaus.every((b) => new Set(b.functions).size === b.functions.length);

/** An empty territory covers nothing, as no territory does: a cell has one way of writing both. */
const withoutEmptyTerritory = (units: ScenarioFile['units']) => units.map(({ territory, ...unit }) => (territory && territory.length > 0 ? { ...unit, territory } : unit));

describe('export .xlsx, then import it', () => {
  it('gives back the same units and bureaus, ids and every field, and the file’s own duties', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(validFileArb.filter(noRepeatedDuty), (file) => {
        const bytes = writeWorkbook(baselineSheets(file));
        const result = importTable(bytes, { fileName: 'x.xlsx' });
        if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
        expect(result.file.units).toEqual(withoutEmptyTerritory(file.units));
        expect(result.file.bureaus).toEqual(file.bureaus);
        expect(result.file.functions ?? []).toEqual(file.functions ?? []);
      }),
      { seed: 1401, numRuns: 150 },
    );
  });
});

/** A CSV as a spreadsheet writes it: every field quoted where it must be. */
function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}

describe('a CSV of bureaus with units as named, imported', () => {
  it('gives back every bureau, ids and every field, its unit found by name and its duties by name', { timeout: 60_000 }, () => {
    const distinctUnitNames = (file: ScenarioFile) => {
      const names = file.units.map((u) => u.name.trim());
      return names.every((n) => n !== '' && [...n].length <= 200) && new Set(names).size === names.length;
    };
    // without the sheet 职能 a duty travels by its name, so a name must be one item of a list
    // and name one duty only: two duties of one name go by id, which a renamed built-in duty cannot
    // carry without the sheet 职能
    const namesAreListItems = (file: ScenarioFile) => {
      const names = (file.functions ?? []).map((f) => f.name);
      return new Set(names).size === names.length && names.every((name) => name.trim() === name && !/[、，,;；\n]/.test(name));
    };
    fc.assert(
      fc.property(validFileArb.filter((f) => fileIsCsvSafe(f) && noRepeatedDuty(f) && distinctUnitNames(f) && namesAreListItems(f) && f.bureaus.length > 0), (file) => {
        const names = new FunctionNames(file.functions ?? []);
        const unitName = new Map(file.units.map((u) => [u.id, u.name]));
        const rows = [
          ['编号', '所属单位', '名称', '机构类型', '类别', '职责', '行政编制', '事业编制', '领导职数'],
          ...file.bureaus.map((b) => [
            b.id, unitName.get(b.unit)!, b.name,
            b.type === 'internal' ? '内设机构' : '事业单位',
            { economic: '经济发展类', social: '社会管理类', general: '综合类' }[b.category],
            b.functions.map((id) => names.token(id)).join('、'),
            b.staff.admin, b.staff.institutional, b.leaderPosts,
          ]),
        ];
        // kinds chosen in the preview: towns take any bureau and need nothing else
        const kinds = Object.fromEntries(file.units.map((u) => [u.name.trim(), 'town' as const]));
        const result = importTable(new TextEncoder().encode(csv(rows)), { fileName: 'x.csv', kinds });
        if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
        const importedUnitName = new Map(result.file.units.map((u) => [u.id, u.name]));
        const before = functionCatalogue(file.functions);
        const after = functionCatalogue(result.file.functions);
        const named = (catalogue: typeof before, ids: readonly string[]) => ids.map((id) => catalogue.get(id)?.name);
        expect(result.file.bureaus.map((b) => ({ ...b, unit: importedUnitName.get(b.unit), functions: named(after, b.functions) }))).toEqual(
          file.bureaus.map((b) => ({ ...b, unit: b.unit && unitName.get(b.unit)!.trim(), functions: named(before, b.functions) })),
        );
        // a built-in duty comes back as itself, not as a new duty of the same name
        for (const b of result.file.bureaus) for (const id of b.functions) if (BUILT_IN_FUNCTIONS.some((f) => f.id === id)) expect(after.get(id)).toBe(BUILT_IN_FUNCTIONS.find((f) => f.id === id));
      }),
      { seed: 1402, numRuns: 150 },
    );
  });
});
