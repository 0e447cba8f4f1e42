// The one table of figures the panel, the compare table and the command line list: each figure
// reads what its id names in the report (the SPEC §10 hook path), and every saving is there once.
import { describe, expect, it } from 'vitest';
import { FIGURES, SAVINGS } from '../../src/engine/figureTable';
import { bureau, file, platform, report, scenario, zone } from './build';

const raw = file({
  units: [zone('xs'), platform('pf')],
  bureaus: [
    bureau('a', 'xs', { staff: { admin: 3, institutional: 1 }, leaderPosts: 2 }),
    bureau('b', 'xs', { type: 'institution', staff: { admin: 0, institutional: 7 }, leaderPosts: 1 }),
    bureau('c', 'xs', { staff: { admin: 5, institutional: 0 }, leaderPosts: 1 }),
  ],
  scenarios: [scenario('s', [{ op: 'move', bureau: 'b', to: 'pf' }, { op: 'abolish', bureau: 'c' }])],
});

/** The value at a dotted path of a plain object. */
const at = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);

describe('the table of figures', () => {
  it('reads each figure at the path its id names, in the baseline and in a proposal', () => {
    const built = report(raw);
    for (const metrics of [built.baseline.metrics, built.scenarios[0]!.metrics]) {
      for (const figure of FIGURES) expect(figure.read(metrics), figure.id).toBe(at(metrics, figure.id));
    }
    expect(FIGURES.map((f) => f.read(built.scenarios[0]!.metrics))).toEqual([1, 0, 1, 3, 1, 4, 2, 7]);
  });

  it('lists every saving of SPEC §6 once, each with the figure it is the saving of', () => {
    const savings = report(raw).scenarios[0]!.savings;
    expect(SAVINGS.map((s) => s.id).sort()).toEqual(Object.keys(savings).sort());
    const ids = new Set(FIGURES.map((f) => f.id));
    for (const s of SAVINGS) expect(ids.has(s.figure), s.id).toBe(true);
    // a figure and its saving: baseline minus proposal, but released the other way round
    const built = report(raw);
    for (const figure of FIGURES) {
      if (!figure.saving) continue;
      const difference = figure.read(built.baseline.metrics) - figure.read(built.scenarios[0]!.metrics);
      expect(savings[figure.saving], figure.id).toBe(figure.better === 'lower' ? difference : -difference);
    }
  });
});
