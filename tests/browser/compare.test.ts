// Compare: today and three proposals side by side. Every figure, saving and rule count in each
// column is the engine's; the best proposal in each row is marked and every difference from today is
// signed; the charts draw the engine's numbers with axis, unit and legend.
import { type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVING_SOURCES, loadParsedFile, savingsBreakdown } from '../../src/engine';
import { percent, translate } from '../../src/i18n';
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

/** Which way is better, row by row (hook → direction): fewer bodies, staff and posts; more handed to platforms, more saved, a higher economic share; fewer problems. */
function better(hook: string): 'lower' | 'higher' {
  if (hook === 'metric:released') return 'higher';
  if (hook.startsWith('saving:')) return 'higher';
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

  it('marks the best proposal in each row, and only that', () => {
    const rows = Object.keys(expectedColumn(columns[1]!));
    let marked = 0;
    for (const row of rows) {
      const values = proposals.map((p) => expectedColumn(p)[row]!);
      const present = values.filter((v): v is number => v !== null);
      const best = better(row) === 'lower' ? Math.min(...present) : Math.max(...present);
      const allEqual = present.length < 2 || present.every((v) => v === best);
      for (const p of proposals) {
        const shouldMark = !allEqual && expectedColumn(p)[row] === best;
        if (shouldMark) marked++;
        expect.soft(screen[p.id]![row]?.best, `${row} in ${p.id}`).toBe(shouldMark);
      }
      expect.soft(screen.baseline![row]?.best ?? false, `${row} for today`).toBe(false);
    }
    expect(marked).toBeGreaterThan(5);
  });

  it('marks the proposal with the fewest staff, worked out by hand from the engine’s numbers', () => {
    const staff = proposals.map((p) => ({ id: p.id, total: p.metrics.staff.total }));
    const fewest = staff.reduce((a, b) => (b.total < a.total ? b : a));
    expect(staff.filter((x) => x.total === fewest.total)).toHaveLength(1);
    for (const p of proposals) expect(screen[p.id]!['metric:staff.total']!.best, p.id).toBe(p.id === fewest.id);
    // and the most staff handed to platforms: only plan B and plan C hand any over
    const released = proposals.map((p) => ({ id: p.id, n: p.metrics.released }));
    const most = released.reduce((a, b) => (b.n > a.n ? b : a));
    for (const p of proposals) expect(screen[p.id]!['metric:released']!.best, p.id).toBe(p.metrics.released === most.n);
  });

  it('signs every difference from today', () => {
    const base = expectedColumn(columns[0]!);
    const keys = [...FIGURES.map((p) => `metric:${p}`), 'count:errors', 'count:warnings'];
    for (const p of proposals) {
      const mine = expectedColumn(p);
      for (const key of keys) {
        const diff = mine[key]! - base[key]!;
        const signed = diff === 0 ? '±0' : `${diff > 0 ? '+' : '−'}${number(Math.abs(diff))}`;
        expect.soft(screen[p.id]![key]!.text.endsWith(signed), `${key} in ${p.id}: "${screen[p.id]![key]!.text}" should end with ${signed}`).toBe(true);
      }
    }
  });

  it('draws staff, bodies and leader posts of every state as bars with the engine’s numbers, an axis unit and a legend', async () => {
    const { page } = s;
    const labels = columns.map((c) => c.name);
    const charts = [
      { caption: 'compare.chart.staff.total', unit: 'axis.people', value: (c: (typeof columns)[number]) => c.metrics.staff.total },
      { caption: 'compare.chart.bodies.total', unit: 'axis.bodies', value: (c: (typeof columns)[number]) => c.metrics.bodies.total },
      { caption: 'compare.chart.leaderPosts', unit: 'axis.posts', value: (c: (typeof columns)[number]) => c.metrics.leaderPosts },
    ] as const;
    for (const { caption, unit, value } of charts) {
      const svg = chart(page, translate('zh', caption, {}));
      expect(await svg.count(), caption).toBe(1);
      expect.soft(await titles(svg), caption).toEqual(columns.map((c) => `${c.name}: ${number(value(c))}`));
      const words = await texts(svg);
      expect.soft(words, `${caption}: unit`).toContain(translate('zh', unit, {}));
      for (const label of labels) expect.soft(words, `${caption}: legend`).toContain(label);
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

  it('breaks the savings down by kind of change, as the engine does', async () => {
    const { page } = s;
    const loaded = loadParsedFile(file);
    if (!loaded.ok) throw new Error('the file does not load');
    for (const field of ['staff', 'leaderPosts'] as const) {
      const svg = chart(page, translate('zh', `compare.chart.breakdown.${field}`, {}));
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
          expected.push(`${translate('zh', `savingSource.${kind}`, {})}: ${number(parts[kind][field])}`);
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
      for (const p of proposals) expect.soft(words, `${field}: total of ${p.id}`).toContain(number(p.savings[field]));
    }
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
