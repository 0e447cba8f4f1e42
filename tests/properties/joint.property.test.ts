// "一套机构一套职数" (SPEC §3 jointWith, §6 leaderPosts, version 2): whatever jointWith graph a file
// draws — pairs, chains, a unit naming itself, a platform or a group named — the file is valid exactly
// when jointWith follows the rule of version 2, and in every valid state every team's own leader posts
// are counted exactly once. Held against the plain reference (reference.ts), not the engine's code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, computeMetrics, contextOf, loadScenarioFile } from '../../src/engine';
import { type Bureau, type Operation, type OrgState, type ScenarioFile, UNIT_KINDS, type Unit, serialiseScenarioFile } from '../../src/model';
import { jointWithValid, referenceMetrics, teamCounts } from './reference';
import { PLAIN, optionalArb, pickOf } from './values';

const graphArb = fc.array(
  fc.record({
    kind: fc.constantFrom(...UNIT_KINDS),
    // which unit it runs jointly with: any, itself included
    joins: optionalArb(fc.nat(40), 5),
    posts: fc.nat(9),
    bureauPosts: fc.nat(5),
  }, PLAIN),
  { minLength: 1, maxLength: 7 },
);

type Graph = typeof graphArb extends fc.Arbitrary<infer T> ? T : never;

/** A file of the graph: unit `u<i>` of each kind with its own posts, and one bureau each with its posts. */
function fileOf(graph: Graph): ScenarioFile {
  const units: Unit[] = graph.map((node, i) => {
    const unit: Unit = { id: `u${i}`, name: `单位${i}`, kind: node.kind, leaderPosts: node.posts };
    if (node.kind === 'zone') unit.governance = 'separated';
    if (node.joins !== undefined) unit.jointWith = `u${node.joins % graph.length}`;
    return unit;
  });
  const bureaus: Bureau[] = graph.map((node, i) => ({
    id: `b${i}`, name: `机构${i}`, unit: `u${i}`, type: 'internal', category: 'general', functions: [], staff: { admin: 1, institutional: 0 }, leaderPosts: node.bureauPosts,
  }));
  return { format: 'zonereform/scenario', version: 2, title: '一套机构一套职数', units, bureaus, scenarios: [] };
}

/** Every non-platform unit's team counted once, and leaderPosts = bureaus' posts + each team's own posts once. */
function expectEveryTeamOnce(state: OrgState): void {
  for (const [unit, count] of teamCounts(state)) expect(count, `the team of ${unit}`).toBe(1);
  const establishment = state.bureaus.filter((b) => state.units.find((u) => u.id === b.unit)?.kind !== 'platform');
  const teams = state.units.filter((u) => u.kind !== 'platform' && u.jointWith === undefined);
  const expected = establishment.reduce((n, b) => n + b.leaderPosts, 0) + teams.reduce((n, u) => n + (u.leaderPosts ?? 0), 0);
  const metrics = computeMetrics(state);
  expect(metrics.leaderPosts).toBe(expected);
  expect(metrics.leaderPosts).toBe(referenceMetrics(state).leaderPosts);
  // the per-unit figures add up to the same: no team in two units' figures, none in nobody's
  const perUnit = state.units.filter((u) => u.kind !== 'platform').reduce((n, u) => n + metrics.units[u.id]!.leaderPosts, 0);
  expect(perUnit).toBe(metrics.leaderPosts);
}

describe('jointWith, whatever graph it draws', () => {
  it('makes a file valid exactly when every jointWith names a zone, office, town or street that names nobody, not itself', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(graphArb, (graph) => {
        const file = fileOf(graph);
        const state = { units: file.units, bureaus: file.bureaus };
        const loaded = loadScenarioFile(serialiseScenarioFile(file));
        expect(loaded.ok, loaded.ok ? '' : loaded.errors.map((e) => `${e.path} ${e.code}`).join('; ')).toBe(jointWithValid(state));
        if (!loaded.ok) {
          seen.invalid += 1;
          // each error is at a unit's jointWith
          for (const error of loaded.errors) expect(error.path).toMatch(/^\$\.units\[\d+\]\.jointWith$/);
          return;
        }
        seen.valid += 1;
        expectEveryTeamOnce(loaded.loaded.baseline);
      }),
      { seed: 6101, numRuns: 400 },
    );
    // the property says something both ways
    expect(seen.valid).toBeGreaterThan(80);
    expect(seen.invalid).toBeGreaterThan(80);
  });

  it('stays so through any set-unit, add-unit or remove-unit the engine accepts: every team counted once', () => {
    const step = fc.record({ op: fc.nat(5), unit: fc.nat(40), other: optionalArb(fc.nat(40), 7), kind: fc.constantFrom(...UNIT_KINDS) }, PLAIN);
    let accepted = 0;
    fc.assert(
      fc.property(graphArb, fc.array(step, { minLength: 1, maxLength: 12 }), (graph, steps) => {
        const file = fileOf(graph);
        fc.pre(jointWithValid({ units: file.units, bureaus: file.bureaus }));
        const context = contextOf(file);
        let state: OrgState = { units: file.units, bureaus: file.bureaus };
        steps.forEach((s, n) => {
          const ids = state.units.map((u) => u.id);
          if (ids.length === 0) return;
          const id = pickOf(ids, s.unit);
          const other = s.other === undefined ? null : pickOf([...ids, `n${n}`], s.other);
          const operations: Operation[] = [
            { op: 'set-unit', unit: id, jointWith: other },
            { op: 'set-unit', unit: id, kind: s.kind, ...(s.kind === 'zone' ? { governance: 'integrated' as const } : {}) },
            { op: 'add-unit', unit: { id: `n${n}`, name: `新${n}`, kind: s.kind, leaderPosts: 2, ...(s.kind === 'zone' ? { governance: 'separated' as const } : {}), ...(other ? { jointWith: other } : {}) } },
            { op: 'remove-unit', unit: id },
            { op: 'set-unit', unit: id, jointWith: null },
            { op: 'set-unit', unit: id, leaderPosts: s.unit % 10 },
          ];
          const result = applyOperation(state, operations[s.op % operations.length]!, context);
          if (!result.ok) return;
          accepted += 1;
          state = result.state;
          expect(jointWithValid(state)).toBe(true);
          expectEveryTeamOnce(state);
        });
      }),
      { seed: 6102, numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(200);
  });
});
