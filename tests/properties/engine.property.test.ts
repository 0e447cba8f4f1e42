// Invariants of the figures (SPEC §6) under operations (SPEC §5), over generated valid files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Metrics, applyOperation, buildReport, computeMetrics, loadScenarioFile } from '../../src/engine';
import { type Bureau, type OrgState, type Unit, serialiseScenarioFile } from '../../src/model';
import { cloneFile, generatedFileArb, nameArb, pickOf, validFileArb } from './arbitraries';
import { breachKeys } from './reference';
import { loadedOf, permuted, statesOf, unitsAsMap } from './support';
import { freshId } from './values';

const nat = fc.nat({ max: 1 << 20 });
const kindOf = (state: OrgState, unitId: string) => state.units.find((u) => u.id === unitId)?.kind;
const staffOf = (bureau: Bureau) => bureau.staff.admin + bureau.staff.institutional;
const totals = ({ units: _units, ...rest }: Metrics) => rest;

function moved(state: OrgState, bureau: Bureau, to: string, context: Parameters<typeof applyOperation>[2]): OrgState {
  const result = applyOperation(state, { op: 'move', bureau: bureau.id, to }, context);
  if (!result.ok) throw new Error(`move refused: ${JSON.stringify(result.refusals.map((r) => r.code))}`);
  return result.state;
}

/** Per-unit figures after `bureau` went from `from` to `to`: those two change by its figures, no other. */
function expectUnitsShifted(before: Metrics, after: Metrics, bureau: Bureau, from: string, to: string): void {
  const withoutRatio = (m: Metrics) => new Map(Object.entries(m.units).map(([id, { economicRatio: _r, ...f }]) => [id, f]));
  const expected = withoutRatio(before);
  const shift = (id: string, sign: number) => {
    const f = expected.get(id)!;
    expected.set(id, {
      bodies: f.bodies + sign,
      internalBodies: f.internalBodies + (bureau.type === 'internal' ? sign : 0),
      staff: f.staff + sign * staffOf(bureau),
      leaderPosts: f.leaderPosts + sign * bureau.leaderPosts,
    });
  };
  shift(from, -1);
  shift(to, +1);
  expect(withoutRatio(after)).toEqual(expected);
}

/** Totals after `bureau` leaves the establishment (sign -1) or joins it (sign +1). */
function shiftedTotals(before: Metrics, bureau: Bureau, sign: number): ReturnType<typeof totals> {
  const internal = bureau.type === 'internal' ? sign : 0;
  return {
    bodies: { internal: before.bodies.internal + internal, institution: before.bodies.institution + sign - internal, total: before.bodies.total + sign },
    staff: {
      admin: before.staff.admin + sign * bureau.staff.admin,
      institutional: before.staff.institutional + sign * bureau.staff.institutional,
      total: before.staff.total + sign * staffOf(bureau),
    },
    leaderPosts: before.leaderPosts + sign * bureau.leaderPosts,
    released: before.released - sign * staffOf(bureau),
  };
}

/** A state of the file, with a platform unit in it (added when it has none). */
function withPlatform(file: Parameters<typeof loadedOf>[0], pick: number) {
  const loaded = loadedOf(file);
  let state = pickOf(statesOf(loaded), pick);
  let platform: Unit | undefined = state.units.find((u) => u.kind === 'platform');
  if (!platform) {
    const unit: Unit = { id: freshId('platform', new Set(state.units.map((u) => u.id))), name: '国有资本运营公司', kind: 'platform' };
    const result = applyOperation(state, { op: 'add-unit', unit }, loaded.context);
    if (!result.ok) throw new Error('add-unit of a platform refused');
    state = result.state;
    platform = unit;
  }
  return { loaded, state, platform };
}

describe('operations that the generator deems valid', () => {
  it('all apply: the engine refuses none of them', () => {
    fc.assert(
      fc.property(generatedFileArb, ({ unexpectedRefusals }) => {
        expect(unexpectedRefusals).toEqual([]);
      }),
      { seed: 5101, numRuns: 300 },
    );
  });
});

describe('move (编制随职能走)', () => {
  it('between units that are not platforms changes no establishment total, only the two units', () => {
    fc.assert(
      fc.property(validFileArb, nat, nat, nat, (file, s, b, t) => {
        const loaded = loadedOf(file);
        const state = pickOf(statesOf(loaded), s);
        const candidates = state.bureaus.filter((x) => kindOf(state, x.unit) !== 'platform');
        fc.pre(candidates.length > 0);
        const bureau = pickOf(candidates, b);
        const targets = state.units.filter((u) => u.kind !== 'platform' && u.id !== bureau.unit);
        fc.pre(targets.length > 0);
        const to = pickOf(targets, t).id;
        const before = computeMetrics(state);
        const after = computeMetrics(moved(state, bureau, to, loaded.context));
        expect(totals(after)).toEqual(totals(before));
        expectUnitsShifted(before, after, bureau, bureau.unit, to);
      }),
      { seed: 5102, numRuns: 200 },
    );
  });

  it('to a platform takes exactly the bureau out of the establishment and adds its staff to released', () => {
    fc.assert(
      fc.property(validFileArb, nat, nat, (file, s, b) => {
        const { loaded, state, platform } = withPlatform(file, s);
        const candidates = state.bureaus.filter((x) => kindOf(state, x.unit) !== 'platform');
        fc.pre(candidates.length > 0);
        const bureau = pickOf(candidates, b);
        const before = computeMetrics(state);
        const after = computeMetrics(moved(state, bureau, platform.id, loaded.context));
        expect(totals(after)).toEqual(shiftedTotals(before, bureau, -1));
        expectUnitsShifted(before, after, bureau, bureau.unit, platform.id);
      }),
      { seed: 5103, numRuns: 200 },
    );
  });

  it('from a platform brings exactly the bureau back into the establishment and out of released', () => {
    fc.assert(
      fc.property(validFileArb, nat, nat, nat, (file, s, b, t) => {
        const { loaded, state, platform } = withPlatform(file, s);
        fc.pre(state.bureaus.length > 0);
        const chosen = pickOf(state.bureaus, b);
        const onPlatform = chosen.unit === platform.id ? state : moved(state, chosen, platform.id, loaded.context);
        const bureau = onPlatform.bureaus.find((x) => x.id === chosen.id)!;
        const targets = onPlatform.units.filter((u) => u.kind !== 'platform');
        fc.pre(targets.length > 0);
        const to = pickOf(targets, t).id;
        const before = computeMetrics(onPlatform);
        const after = computeMetrics(moved(onPlatform, bureau, to, loaded.context));
        expect(totals(after)).toEqual(shiftedTotals(before, bureau, +1));
        expectUnitsShifted(before, after, bureau, platform.id, to);
      }),
      { seed: 5104, numRuns: 200 },
    );
  });

  it('and the move back give the figures and the state of before', () => {
    fc.assert(
      fc.property(validFileArb, nat, nat, nat, (file, s, b, t) => {
        const loaded = loadedOf(file);
        const state = pickOf(statesOf(loaded), s);
        fc.pre(state.bureaus.length > 0 && state.units.length > 1);
        const bureau = pickOf(state.bureaus, b);
        const to = pickOf(state.units.filter((u) => u.id !== bureau.unit), t).id;
        const there = moved(state, bureau, to, loaded.context);
        const back = moved(there, bureau, bureau.unit, loaded.context);
        expect(computeMetrics(back)).toEqual(computeMetrics(state));
        expect(back).toEqual(state);
      }),
      { seed: 5105, numRuns: 200 },
    );
  });
});

describe('figures', () => {
  it('savings are baseline minus scenario for every field, released scenario minus baseline', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const report = buildReport(loadedOf(file), { lang: 'en' });
        const base = report.baseline.metrics;
        for (const { metrics: now, savings } of report.scenarios) {
          expect(savings).toEqual({
            bodies: base.bodies.total - now.bodies.total,
            internalBodies: base.bodies.internal - now.bodies.internal,
            staff: base.staff.total - now.staff.total,
            adminStaff: base.staff.admin - now.staff.admin,
            institutionalStaff: base.staff.institutional - now.staff.institutional,
            leaderPosts: base.leaderPosts - now.leaderPosts,
            released: now.released - base.released,
          });
        }
      }),
      { seed: 5106, numRuns: 200 },
    );
  });

  it('every ratio is null or within [0, 1], and null exactly where SPEC §6 says', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        for (const state of statesOf(loadedOf(file))) {
          const { units } = computeMetrics(state);
          for (const unit of state.units) {
            const figures = units[unit.id]!;
            const ratio = figures.economicRatio;
            const defined = (unit.kind === 'zone' || unit.kind === 'office') && figures.internalBodies > 0;
            if (!defined) expect(ratio).toBeNull();
            else {
              expect(ratio).not.toBeNull();
              expect(ratio).toBeGreaterThanOrEqual(0);
              expect(ratio).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { seed: 5107, numRuns: 200 },
    );
  });

  it('the order of units and bureaus in the file changes no figure and no violation', () => {
    const keys = fc.array(fc.nat(100), { minLength: 24, maxLength: 24 });
    fc.assert(
      fc.property(validFileArb, keys, keys, (file, unitKeys, bureauKeys) => {
        const shuffled = cloneFile(file);
        shuffled.units = permuted(shuffled.units, unitKeys);
        shuffled.bureaus = permuted(shuffled.bureaus, bureauKeys);
        const original = buildReport(loadedOf(file), { lang: 'zh' });
        const reordered = buildReport(loadedOf(shuffled), { lang: 'zh' });
        expect(unitsAsMap(reordered.baseline.metrics)).toEqual(unitsAsMap(original.baseline.metrics));
        expect(breachKeys(reordered.baseline.violations)).toEqual(breachKeys(original.baseline.violations));
        original.scenarios.forEach((scenario, index) => {
          const other = reordered.scenarios[index]!;
          expect(unitsAsMap(other.metrics)).toEqual(unitsAsMap(scenario.metrics));
          expect(other.savings).toEqual(scenario.savings);
          expect(breachKeys(other.violations)).toEqual(breachKeys(scenario.violations));
        });
      }),
      { seed: 5108, numRuns: 150 },
    );
  });

  it('a scenario with no operations saves nothing and adds only rank-bottom-no-cut for bottom-ranked units', () => {
    fc.assert(
      fc.property(validFileArb, nameArb, (file, name) => {
        const withEmpty = cloneFile(file);
        const id = freshId('unchanged', new Set(['baseline', ...file.scenarios.map((s) => s.id)]));
        withEmpty.scenarios.push({ id, name, operations: [] });
        const report = buildReport(loadedOf(withEmpty), { lang: 'en' });
        const scenario = report.scenarios.at(-1)!;
        expect(scenario.id).toBe(id);
        expect(Object.values(scenario.savings).every((value) => value === 0)).toBe(true);
        expect(scenario.metrics).toEqual(report.baseline.metrics);
        // SPEC §7: a bottom unit with "neither fewer internalBodies nor fewer leaderPosts" is warned
        // even when nothing changed; every other scenario-only rule is silent.
        const bottomN = file.rules?.bottomN ?? 2;
        const bottom = file.units
          .filter((u) => (u.kind === 'zone' || u.kind === 'office') && u.rank && u.rank.position > u.rank.of - bottomN)
          .map((u) => `rank-bottom-no-cut|${u.id}|warning`);
        expect(breachKeys(scenario.violations)).toEqual([...breachKeys(report.baseline.violations), ...bottom].sort());
      }),
      { seed: 5109, numRuns: 200 },
    );
  });
});

describe('the report', () => {
  it('for one scenario is the full report cut to it: the baseline and that scenario, the same', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), (file, pick) => {
        fc.pre(file.scenarios.length > 0);
        const loaded = loadedOf(file);
        const full = buildReport(loaded, { lang: 'zh' });
        const { id } = pickOf(file.scenarios, pick);
        const one = buildReport(loaded, { lang: 'zh', scenario: id });
        expect(full.scenarios.map((s) => s.id)).toEqual(file.scenarios.map((s) => s.id));
        expect(one).toEqual({ ...full, scenarios: full.scenarios.filter((s) => s.id === id) });
      }),
      { seed: 5111, numRuns: 100 },
    );
  });
});

describe('determinism', () => {
  it('buildReport gives the same JSON byte for byte, twice on one load and across two loads of the text', () => {
    fc.assert(
      fc.property(validFileArb, fc.constantFrom('zh' as const, 'en' as const), (file, lang) => {
        const text = serialiseScenarioFile(file);
        const first = loadScenarioFile(text);
        const second = loadScenarioFile(text);
        if (!first.ok || !second.ok) throw new Error('a generated file did not load');
        const once = JSON.stringify(buildReport(first.loaded, { lang }));
        expect(JSON.stringify(buildReport(first.loaded, { lang }))).toBe(once);
        expect(JSON.stringify(buildReport(second.loaded, { lang }))).toBe(once);
      }),
      { seed: 5110, numRuns: 100 },
    );
  });
});
