// CSV for Excel: the compare table and the adjustment table, UTF-8 with a byte order mark (so that
// Excel reads the Chinese), CRLF line ends, and the engine's numbers in every cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustmentTable, loadParsedFile } from '../../src/engine';
import { percent, translate } from '../../src/i18n';
import { isViewsKey, viewsText } from '../../src/i18n/views';
import type { Unit } from '../../src/model';
import { type Session, openApp, settled } from './harness';
import { FIGURES, reportOf } from './oracle';
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

const MARK = translate('zh', 'fileInfo.illustrativeLong', {});

/**
 * The bytes of a CSV for Excel: BOM first, every line ended by CRLF and no bare LF, every row as wide
 * as the others. The file's numbers are illustrative, so the first row says so; the table's rows follow.
 */
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
  expect(file.notes).toMatch(/示意数据/);
  expect(rows[0]![0]).toBe(MARK);
  expect(rows[0]!.slice(1).every((cell) => cell === '')).toBe(true);
  return rows.slice(1);
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

    // the zones' own sums first, then every figure of SPEC §6 (the platforms' staff as part of the
    // staff), the rule counts, and each share as a percentage with at most one decimal
    const zones = file.units.filter((u) => u.kind === 'zone' || u.kind === 'office');
    const zoneSum = (m: (typeof columns)[number]['metrics'], key: 'bodies' | 'staff') => zones.reduce((n, u) => n + (m.units[u.id]?.[key] ?? 0), 0);
    const label = (p: string) => translate('zh', p === 'released' ? 'figures.ofWhichPlatform' : (`metric.${p}` as 'metric.released'), {});
    const expected: Array<[string, Array<number | string>]> = [
      [viewsText('zh', 'compareTable.zonesBodies', {}), columns.map((c) => zoneSum(c.metrics, 'bodies'))],
      [viewsText('zh', 'compareTable.zonesStaff', {}), columns.map((c) => zoneSum(c.metrics, 'staff'))],
      ...FIGURES.filter((p) => p !== 'leaderPosts').map((p): [string, number[]] => [label(p), columns.map((c) => read(p, c.metrics))]),
      [label('leaderPosts'), columns.map((c) => c.metrics.leaderPosts)],
      [translate('zh', 'compare.errors', {}), columns.map((c) => c.violations.filter((v) => v.severity === 'error').length)],
      [translate('zh', 'compare.warnings', {}), columns.map((c) => c.violations.filter((v) => v.severity === 'warning').length)],
      ...zones.map((u): [string, string[]] => [translate('zh', 'compare.ratioOf', { unit: u.name }), columns.map((c) => {
        const ratio = c.metrics.units[u.id]?.economicRatio;
        return ratio === null || ratio === undefined ? '' : percent(ratio);
      })]),
    ];
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(expected.map(([name]) => name));
    expected.forEach(([name, values], i) => {
      const shown = body[i]!.slice(1).map((v) => (v === '' || /%$/.test(v) ? v : Number(v)));
      expect.soft(shown, name).toEqual(values);
    });
    // a share is written as a percentage, never as a long fraction
    expect(rows.flat().some((v) => /^0\.\d{5,}/.test(v))).toBe(false);
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
      const t = (key: string) => (isViewsKey(key) ? viewsText('zh', key as 'adjustTable.notes', {}) : translate('zh', key as 'adjust.bureau', {}));
      expect(rows[0]).toEqual(
        [
          'adjustTable.nameBefore', 'adjustTable.nameAfter', 'adjust.change', 'adjust.from', 'adjust.to',
          'adjustTable.adminBefore', 'adjustTable.institutionalBefore', 'adjust.staffBefore',
          'adjustTable.adminAfter', 'adjustTable.institutionalAfter', 'adjust.staffAfter',
          'adjust.postsBefore', 'adjust.postsAfter', 'adjust.doc', 'adjustTable.by', 'adjustTable.notes',
        ].map(t),
      );
      const units = new Map<string, Unit>([...loaded.baseline.units, ...loaded.scenarios[index]!.units].map((u) => [u.id, u]));
      const name = (id: string | undefined) => (id === undefined ? '' : units.get(id)!.name);
      const part = (x: { admin: number; institutional: number } | undefined, key: 'admin' | 'institutional') => (x ? String(x[key]) : '');
      const total = (x: { admin: number; institutional: number } | undefined) => (x ? String(x.admin + x.institutional) : '');
      expect(rows.slice(1)).toEqual(
        engine.map((r) => [
          // the old name where the bureau existed today (or was renamed), the new where it exists in the proposal
          r.staffBefore || r.nameBefore ? (r.nameBefore ?? r.name) : '',
          r.staffAfter ? r.name : '',
          t(`bureauChange.${r.change}`),
          name(r.unitBefore),
          name(r.unitAfter),
          part(r.staffBefore, 'admin'), part(r.staffBefore, 'institutional'), total(r.staffBefore),
          part(r.staffAfter, 'admin'), part(r.staffAfter, 'institutional'), total(r.staffAfter),
          r.postsBefore === undefined ? '' : String(r.postsBefore),
          r.postsAfter === undefined ? '' : String(r.postsAfter),
          r.docs.join('；'),
          // who proposed the bureau's changes (format version 2 `by`)
          (r.by ?? []).join('；'),
          r.notes.join('；'),
        ]),
      );
      expect(engine.every((r) => r.docs.length > 0)).toBe(true);
      // plan-b's operations name who proposed them (plan-c's do not): the column is seen filled
      if (plan === 'plan-b') expect(engine.some((r) => (r.by ?? []).length > 0)).toBe(true);
    });
  }

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
