// CSV for Excel: the compare table and the adjustment table, UTF-8 with a byte order mark (so that
// Excel reads the Chinese), CRLF line ends, and the engine's numbers in every cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustmentTable, loadParsedFile } from '../../src/engine';
import { translate } from '../../src/i18n';
import type { Unit } from '../../src/model';
import { type Session, openApp, settled } from './harness';
import { FIGURES, SAVINGS, reportOf } from './oracle';
import { type Downloaded, download, openFile, parseCsv, tempFile, threeProposals } from './share-helpers';

const file = threeProposals();
const report = reportOf(file);
const loaded = (() => {
  const result = loadParsedFile(file);
  if (!result.ok) throw new Error('the file does not load');
  return result.loaded;
})();
const columns = [{ metrics: report.baseline.metrics, violations: report.baseline.violations, savings: undefined }, ...report.scenarios];
const read = (path: string, m: object): number => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m) as number;

/** The bytes of a CSV for Excel: BOM first, every line ended by CRLF and no bare LF. Returns the rows. */
function checkCsv(csv: Downloaded): string[][] {
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.name.startsWith(file.title), csv.name).toBe(true);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.text.slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(/(?<!\r)\n/.test(text), 'a line ended by LF alone').toBe(false);
  expect(/\r(?!\n)/.test(text), 'a CR alone').toBe(false);
  const rows = parseCsv(text);
  for (const row of rows) expect(row.length, JSON.stringify(row)).toBe(rows[0]!.length);
  return rows;
}

describe('CSV exports', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    expect(await openFile(s.page, tempFile('three-proposals.json', file))).toBe('opened');
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('exports the compare table with the engine’s figures, savings, rule counts and shares', async () => {
    const { page } = s;
    await page.click('[data-action="compare"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-compare-scenario]').length === n, columns.length);
    const rows = checkCsv(await download(page, () => page.click('[data-action="export-csv"]')));
    expect(rows[0]).toEqual(['', translate('zh', 'state.baseline', {}), ...report.scenarios.map((x) => x.name)]);

    const cell = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
    const expected: Array<[string, Array<number | ''>]> = [
      ...FIGURES.map((p): [string, Array<number | ''>] => [translate('zh', `metric.${p}`, {}), columns.map((c) => read(p, c.metrics))]),
      ...SAVINGS.map((n): [string, Array<number | ''>] => [translate('zh', `saving.${n}`, {}), columns.map((c) => cell(c.savings?.[n]))]),
      [translate('zh', 'compare.errors', {}), columns.map((c) => c.violations.filter((v) => v.severity === 'error').length)],
      [translate('zh', 'compare.warnings', {}), columns.map((c) => c.violations.filter((v) => v.severity === 'warning').length)],
      ...file.units
        .filter((u) => u.kind === 'zone' || u.kind === 'office')
        .map((u): [string, Array<number | ''>] => [translate('zh', 'compare.ratioOf', { unit: u.name }), columns.map((c) => cell(c.metrics.units[u.id]?.economicRatio))]),
    ];
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(expected.map(([label]) => label));
    expected.forEach(([label, values], i) => {
      const shown = body[i]!.slice(1).map((v) => (v === '' ? '' : Number(v)));
      expect.soft(shown, label).toEqual(values);
    });
  });

  for (const plan of ['plan-b', 'plan-c']) {
    it(`exports the adjustment table of ${plan} with the engine’s rows, staff, posts and document numbers`, async () => {
      const { page } = s;
      if ((await page.locator('[data-action="choose-proposal"]').count()) === 0) await page.click('[data-action="before-after"]');
      await page.selectOption('[data-action="choose-proposal"]', plan);
      const index = file.scenarios.findIndex((x) => x.id === plan);
      const engine = adjustmentTable(loaded.baseline, file.scenarios[index]!.operations, loaded.context);
      await page.waitForFunction(
        (ids) => JSON.stringify([...document.querySelectorAll('[data-adjustment-bureau]')].map((e) => e.getAttribute('data-adjustment-bureau'))) === JSON.stringify(ids),
        engine.map((r) => r.bureau),
      );
      const rows = checkCsv(await download(page, () => page.click('[data-action="export-csv"]')));
      const t = (key: string) => translate('zh', key as 'adjust.bureau', {});
      expect(rows[0]).toEqual(['adjust.bureau', 'adjust.change', 'adjust.from', 'adjust.to', 'adjust.staffBefore', 'adjust.staffAfter', 'adjust.postsBefore', 'adjust.postsAfter', 'adjust.doc'].map(t));
      const units = new Map<string, Unit>([...loaded.baseline.units, ...loaded.scenarios[index]!.units].map((u) => [u.id, u]));
      const name = (id: string | undefined) => (id === undefined ? '' : units.get(id)!.name);
      const total = (x: { admin: number; institutional: number } | undefined) => (x ? String(x.admin + x.institutional) : '');
      expect(rows.slice(1)).toEqual(
        engine.map((r) => [
          r.name,
          t(`bureauChange.${r.change}`),
          name(r.unitBefore),
          name(r.unitAfter),
          total(r.staffBefore),
          total(r.staffAfter),
          r.postsBefore === undefined ? '' : String(r.postsBefore),
          r.postsAfter === undefined ? '' : String(r.postsAfter),
          r.docs.join('；'),
        ]),
      );
      expect(engine.every((r) => r.docs.length > 0)).toBe(true);
    });
  }

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
