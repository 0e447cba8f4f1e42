// Compare: today and three proposals side by side. Every figure, saving and rule count in each
// column is the engine's; the best proposal in each row is marked and every difference from today is
// signed; the charts draw the engine's numbers with axis, unit and legend.
import { type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVING_SOURCES, loadParsedFile, savingsBreakdown } from '../../src/engine';
import { percent, translate } from '../../src/i18n';
import { viewsText } from '../../src/i18n/views';
import { type Session, openApp, settled } from './harness';
import { FIGURES, SAVINGS, type Values, reportOf } from './oracle';
import { openFile, tempFile, threeProposals } from './share-helpers';

const file = threeProposals();
const report = reportOf(file);
const proposals = report.scenarios;
const columns = [{ id: 'baseline', name: translate('zh', 'state.baseline', {}), metrics: report.baseline.metrics, violations: report.baseline.violations, savings: undefined }, ...proposals];
const ratioUnits = file.units.filter((u) => u.kind === 'zone' || u.kind === 'office');
const read = (path: string, m: object): number => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m) as number;
const count = (c: (typeof columns)[number], severity: 'error' | 'warning') => c.violations.filter((v) => v.severity === severity).length;

/**
 * Which way is better, row by row (hook → direction): fewer bodies, staff and posts, a higher
 * economic share, fewer problems. Staff held by platforms are part of the staff change, neither
 * better nor worse in themselves; a saving is the change shown under a figure, not a value of its own.
 */
function better(hook: string): 'lower' | 'higher' | 'neither' {
  if (hook === 'metric:released' || hook.startsWith('saving:')) return 'neither';
  if (hook.endsWith('.economicRatio')) return 'higher';
  return 'lower';
}

/** Every value the engine gives a column, keyed "metric:path", "saving:name", "count:errors". */
function expectedColumn(c: (typeof columns)[number]): Values {
  const out: Values = {};
  for (const path of FIGURES) out[`metric:${path}`] = read(path, c.metrics);
  for (const u of ratioUnits) out[`metric:units.${u.id}.economicRatio`] = c.metrics.units[u.id]?.economicRatio ?? null;
  if (c.savings) for (const name of SAVINGS) out[`saving:${name}`] = c.savings[name];
  out['count:errors'] = count(c, 'error');
  out['count:warnings'] = count(c, 'warning');
  return out;
}

interface Cell {
  value: number | null;
  best: boolean;
  text: string;
}

/** Every hooked value of a column, with whether its cell carries the mark of the best value. */
async function readColumn(page: Page, id: string): Promise<Record<string, Cell>> {
  const bestLabel = translate('zh', 'compare.best', {});
  return page.evaluate(
    ([scenario, label]) => {
      const column = document.querySelector(`[data-compare-scenario="${scenario}"]`);
      const out: Record<string, { value: number | null; best: boolean; text: string }> = {};
      if (!column) return out;
      for (const element of column.querySelectorAll('[data-metric], [data-saving], [data-count]')) {
        const key = element.hasAttribute('data-metric')
          ? `metric:${element.getAttribute('data-metric')}`
          : element.hasAttribute('data-saving')
            ? `saving:${element.getAttribute('data-saving')}`
            : `count:${element.getAttribute('data-count')}`;
        if (key in out) throw new Error(`${key} shown twice in column ${scenario}`);
        const raw = element.getAttribute('data-value');
        const cell = element.parentElement!;
        out[key] = {
          value: raw === null ? Number.NaN : raw === 'null' ? null : Number(raw),
          best: [...cell.querySelectorAll('[aria-label]')].some((e) => e.getAttribute('aria-label') === label),
          text: (cell.textContent ?? '').trim(),
        };
      }
      return out;
    },
    [id, bestLabel] as const,
  );
}

/** A chart of the compare view, found by its caption. */
function chart(page: Page, caption: string): Locator {
  const exact = new RegExp(`^${caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('figure').filter({ has: page.locator('figcaption span', { hasText: exact }) }).locator('svg');
}

const titles = (svg: Locator) => svg.locator('rect > title').allTextContents();
const texts = (svg: Locator) => svg.locator('text').allTextContents();
const number = (n: number) => n.toLocaleString('en-US');

describe('compare: today and three proposals', () => {
  let s: Session;
  const screen: Record<string, Record<string, Cell>> = {};
  beforeAll(async () => {
    s = await openApp();
    expect(await openFile(s.page, tempFile('three-proposals.json', file))).toBe('opened');
    await settled(s.page);
    await s.page.click('[data-action="compare"]');
    await s.page.waitForFunction((n) => document.querySelectorAll('[data-compare-scenario]').length === n, columns.length);
    for (const c of columns) screen[c.id] = await readColumn(s.page, c.id);
  });
  afterAll(() => s.close());

  it('shows one column per state, today first, in file order', async () => {
    const ids = await s.page.locator('[data-compare-scenario]').evaluateAll((list) => list.map((e) => e.getAttribute('data-compare-scenario')));
    expect(ids).toEqual(columns.map((c) => c.id));
  });

  it('shows in each column every figure, saving and rule count as the engine computes them', () => {
    for (const c of columns) {
      const shownValues = Object.fromEntries(Object.entries(screen[c.id]!).map(([k, cell]) => [k, cell.value]));
      expect.soft(shownValues, `column ${c.id}`).toEqual(expectedColumn(c));
    }
    // the file must make the comparison worth having: the proposals differ from each other
    expect(new Set(proposals.map((p) => p.metrics.staff.total)).size).toBe(proposals.length);
  });

  it('marks, in each row, the proposals better than today and best of all, and nothing else', () => {
    const rows = Object.keys(expectedColumn(columns[1]!));
    let marked = 0;
    for (const row of rows) {
      const direction = better(row);
      const today = expectedColumn(columns[0]!)[row] ?? null;
      const values = proposals.map((p) => expectedColumn(p)[row]!);
      const beats = (v: number, w: number) => (direction === 'lower' ? v < w : v > w);
      // only values strictly better than today's can earn the ★
      const improving = values.filter((v): v is number => v !== null && direction !== 'neither' && (today === null || beats(v, today)));
      const best = improving.length === 0 ? undefined : direction === 'lower' ? Math.min(...improving) : Math.max(...improving);
      // when every proposal has the best value there is nothing to choose: no mark
      const distinguishes = best !== undefined && !values.every((v) => v === best);
      for (const p of proposals) {
        const shouldMark = distinguishes && expectedColumn(p)[row] === best;
        if (shouldMark) marked++;
        expect.soft(screen[p.id]![row]?.best, `${row} in ${p.id}`).toBe(shouldMark);
      }
      expect.soft(screen.baseline![row]?.best ?? false, `${row} for today`).toBe(false);
    }
    expect(marked).toBeGreaterThan(3);
  });

  it('marks the proposal with the fewest staff, worked out by hand from the engine’s numbers, and never a value worse than today', () => {
    const staff = proposals.map((p) => ({ id: p.id, total: p.metrics.staff.total }));
    const fewest = staff.reduce((a, b) => (b.total < a.total ? b : a));
    expect(staff.filter((x) => x.total === fewest.total)).toHaveLength(1);
    expect(fewest.total).toBeLessThan(report.baseline.metrics.staff.total);
    for (const p of proposals) expect(screen[p.id]!['metric:staff.total']!.best, p.id).toBe(p.id === fewest.id);
    // staff handed to platforms are never starred: they are part of the staff change
    for (const p of proposals) expect(screen[p.id]!['metric:released']!.best, p.id).toBe(false);
    // a value worse than today's is never starred, however it compares with the other proposals
    for (const p of proposals) {
      for (const [key, cell] of Object.entries(screen[p.id]!)) {
        const today = expectedColumn(columns[0]!)[key];
        if (!cell.best || today === null || today === undefined || cell.value === null) continue;
        expect(better(key) === 'lower' ? cell.value < today : cell.value > today, `${key} in ${p.id}`).toBe(true);
      }
    }
  });

  it('says every change from today in words and arrows under the value, one convention for the whole table', () => {
    const base = expectedColumn(columns[0]!);
    // each saving of SPEC §6 is the change shown under its figure: the same number, said as a direction
    const pairs = [
      ['saving:internalBodies', 'metric:bodies.internal', 'bodies'],
      ['saving:bodies', 'metric:bodies.total', 'bodies'],
      ['saving:adminStaff', 'metric:staff.admin', 'people'],
      ['saving:institutionalStaff', 'metric:staff.institutional', 'people'],
      ['saving:staff', 'metric:staff.total', 'people'],
      ['saving:leaderPosts', 'metric:leaderPosts', 'posts'],
      ['saving:released', 'metric:released', 'people'],
    ] as const;
    for (const p of proposals) {
      const mine = expectedColumn(p);
      for (const [saving, metric, measure] of pairs) {
        const diff = mine[metric]! - base[metric]!;
        const words =
          diff === 0
            ? `＝${translate('zh', 'delta.same', {})}`
            : `${diff < 0 ? '↓' : '↑'}${translate('zh', diff < 0 ? 'delta.down' : 'delta.up', { n: number(Math.abs(diff)), measure })}`;
        expect.soft(screen[p.id]![saving]!.text, `${saving} in ${p.id}`).toBe(words);
        // and no bare sign anywhere
        expect.soft(screen[p.id]![saving]!.text).not.toMatch(/^[+−-]\d/);
      }
    }
  });

  it('charts the difference of each proposal from today, with today at the zero line, an axis unit and a legend', async () => {
    const { page } = s;
    const charts = [
      { caption: 'compare.chart.staff.total', unit: 'compareChart.unitPeople', value: (c: (typeof columns)[number]) => c.metrics.staff.total },
      { caption: 'compare.chart.bodies.total', unit: 'compareChart.unitBodies', value: (c: (typeof columns)[number]) => c.metrics.bodies.total },
      { caption: 'compare.chart.leaderPosts', unit: 'compareChart.unitPosts', value: (c: (typeof columns)[number]) => c.metrics.leaderPosts },
    ] as const;
    const arrow = (n: number) => (n < 0 ? `↓${number(-n)}` : n > 0 ? `↑${number(n)}` : '0');
    for (const { caption, unit, value } of charts) {
      const svg = chart(page, viewsText('zh', 'compareChart.diff', { what: translate('zh', caption, {}) }));
      expect(await svg.count(), caption).toBe(1);
      const today = value(columns[0]!);
      expect.soft(await titles(svg), caption).toEqual(proposals.map((p) => `${p.name}: ${arrow(value(p) - today)}`));
      const words = await texts(svg);
      expect.soft(words, `${caption}: unit`).toContain(viewsText('zh', 'compareChart.diffAxis', { unit: viewsText('zh', unit, {}) }));
      expect.soft(words, `${caption}: today`).toContain(viewsText('zh', 'compareChart.today', { value: number(today) }));
      for (const p of proposals) expect.soft(words, `${caption}: legend`).toContain(p.name);
    }
  });

  it('draws each zone’s economic share against the minimum', async () => {
    const { page } = s;
    const min = 0.6;
    const svg = chart(page, translate('zh', 'compare.chart.ratio', { min: percent(min) }));
    expect(await svg.count()).toBe(1);
    const zones = file.units.filter((u) => u.kind === 'zone' && u.governance === 'separated');
    expect(zones.length).toBeGreaterThan(0);
    const expected = zones.flatMap((z) =>
      columns.flatMap((c) => {
        const ratio = c.metrics.units[z.id]?.economicRatio ?? null;
        return ratio === null ? [] : [`${c.name}: ${percent(ratio)}`];
      }),
    );
    expect.soft(await titles(svg)).toEqual(expected);
    const words = await texts(svg);
    expect.soft(words).toContain(translate('zh', 'compare.minimum', { min: percent(min) }));
    expect.soft(words).toContain(translate('zh', 'axis.share', {}));
    for (const z of zones) expect.soft(words.some((w) => w === z.name || (w.endsWith('…') && z.name.startsWith(w.slice(0, -1))))).toBe(true);
    // the dashed line of the minimum is drawn
    expect(await svg.locator('line[stroke-dasharray]').count()).toBe(1);
  });

  it('breaks each change down by kind of change, as the engine does, in the direction of the charts beside it (down: fewer)', async () => {
    const { page } = s;
    const loaded = loadParsedFile(file);
    if (!loaded.ok) throw new Error('the file does not load');
    const arrow = (n: number) => (n < 0 ? `↓${number(-n)}` : n > 0 ? `↑${number(n)}` : '0');
    for (const field of ['staff', 'leaderPosts'] as const) {
      const svg = chart(page, viewsText('zh', field === 'staff' ? 'compareChart.sourcesStaff' : 'compareChart.sourcesPosts', {}));
      await svg.waitFor();
      const expected: string[] = [];
      const used = new Set<string>();
      file.scenarios.forEach((scenario, i) => {
        const parts = savingsBreakdown(loaded.loaded.baseline, scenario.operations, loaded.loaded.context);
        // the parts add up to the proposal's saving
        expect(SAVING_SOURCES.reduce((n, kind) => n + parts[kind][field], 0)).toBe(proposals[i]!.savings[field]);
        for (const kind of SAVING_SOURCES) {
          if (parts[kind][field] === 0) continue;
          used.add(kind);
          // a part saves parts[kind]: the chart shows it as the change it makes
          expected.push(`${translate('zh', `savingSource.${kind}`, {})}: ${arrow(-parts[kind][field])}`);
        }
      });
      expect.soft(await titles(svg), field).toEqual(expected);
      const words = await texts(svg);
      // the legend names the kinds of change some proposal makes, and no other
      for (const kind of SAVING_SOURCES) {
        const label = translate('zh', `savingSource.${kind}`, {});
        if (used.has(kind)) expect.soft(words, `${field}: legend`).toContain(label);
        else expect.soft(words, `${field}: legend`).not.toContain(label);
      }
      // each proposal's total change, as in the chart of the difference from today
      for (const p of proposals) expect.soft(words, `${field}: total of ${p.id}`).toContain(arrow(-p.savings[field]));
    }
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
