// Merging two edited copies of one file (issue 16): operations appended to different proposals on
// each side merge into what applying both gives, with or without the ancestor, from either side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MergePlan, applyMerge, planMerge } from '../../src/engine/share';
import type { Operation, ScenarioFile } from '../../src/model';
import { planArb, playPlan, validFileArb } from './arbitraries';
import { loadedOf } from './support';

/** The file with `operations` appended to its proposal number `index`. */
function appended(file: ScenarioFile, index: number, operations: Operation[]): ScenarioFile {
  return { ...file, scenarios: file.scenarios.map((s, i) => (i === index ? { ...s, operations: [...s.operations, ...operations] } : s)) };
}

/** Operations that apply after proposal `index` of `file`, from a plan. */
function moreOperations(file: ScenarioFile, index: number, plan: Parameters<typeof playPlan>[1]): Operation[] {
  return playPlan(loadedOf(file).scenarios[index]!, plan, file).operations;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]));
}

function planned(input: Parameters<typeof planMerge>[0]): MergePlan {
  const result = planMerge(input);
  if (!result.ok) throw new Error(`not planned: ${result.errors.map((e) => e.path).join()}`);
  return result.plan;
}

const twoProposalsArb = fc
  .tuple(validFileArb, fc.nat(), fc.nat(), planArb, planArb)
  .filter(([file]) => file.scenarios.length >= 2)
  .map(([ancestor, i, j, planA, planB]) => {
    const p = i % ancestor.scenarios.length;
    const q = (p + 1 + (j % (ancestor.scenarios.length - 1))) % ancestor.scenarios.length;
    const ours = appended(ancestor, p, moreOperations(ancestor, p, planA));
    const theirs = appended(ancestor, q, moreOperations(ancestor, q, planB));
    const both = appended(appended(ancestor, p, moreOperations(ancestor, p, planA)), q, moreOperations(ancestor, q, planB));
    return { ancestor, ours, theirs, both };
  });

describe('a three-way merge', () => {
  it('of two copies where each side appended operations to a different proposal equals applying both, with or without the ancestor, either way round', () => {
    fc.assert(
      fc.property(twoProposalsArb, ({ ancestor, ours, theirs, both }) => {
        for (const [a, b] of [[ours, theirs], [theirs, ours]] as const) {
          for (const known of [ancestor, undefined]) {
            const plan = planned({ ancestor: known, ours: a, theirs: b });
            expect(plan.conflicts).toEqual([]);
            const result = applyMerge(plan, new Map());
            if (!result.ok) throw new Error(`refused: ${result.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
            expect(result.file).toEqual(loadedOf(both).file);
            expect(result.leftOut).toEqual([]);
          }
        }
      }),
      { seed: 1621, numRuns: 100 },
    );
  }, 60_000);

  it('of a file with itself, or with a copy only one side changed, gives that copy', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), planArb, fc.array(fc.boolean(), { maxLength: 20 }), (ancestor, pick, plan, edits) => {
        expect(applyMerge(planned({ ancestor, ours: ancestor, theirs: ancestor }), new Map())).toEqual({ ok: true, file: ancestor, leftOut: [] });
        // edits that keep the file valid: names, staff, the title, and operations appended to one proposal
        const edited: ScenarioFile = {
          ...ancestor,
          title: edits[0] ? '锡山区方案（修订稿）' : ancestor.title,
          units: ancestor.units.map((u, i) => (edits[i + 1] ? { ...u, name: `${u.name.slice(0, 100)}′` } : u)),
          bureaus: ancestor.bureaus.map((b, i) => (edits[i + 2] ? { ...b, staff: { ...b.staff, admin: b.staff.admin > 0 ? b.staff.admin - 1 : 1 } } : b)),
        };
        const index = ancestor.scenarios.length === 0 ? -1 : pick % ancestor.scenarios.length;
        const changed = index < 0 ? edited : appended(edited, index, moreOperations(edited, index, plan));
        for (const [ours, theirs] of [[ancestor, changed], [changed, ancestor]] as const) {
          const result = applyMerge(planned({ ancestor, ours, theirs }), new Map());
          expect(result.ok && result.file).toEqual(changed);
        }
      }),
      { seed: 1622, numRuns: 150 },
    );
  }, 60_000);

  it('where both sides appended to the same proposal keeps each side\'s operations in their order; deciding every conflict for one side keeps all of that side\'s', () => {
    const outcomes = { conflicts: 0, merged: 0 };
    fc.assert(
      fc.property(validFileArb, fc.nat(), planArb, planArb, fc.boolean(), (ancestor, pick, planA, planB, forOurs) => {
        fc.pre(ancestor.scenarios.length > 0);
        const index = pick % ancestor.scenarios.length;
        const mine = moreOperations(ancestor, index, planA);
        const yours = moreOperations(ancestor, index, planB);
        const plan = planned({ ancestor, ours: appended(ancestor, index, mine), theirs: appended(ancestor, index, yours) });
        if (plan.conflicts.length > 0) outcomes.conflicts++;
        const winner = forOurs ? 'ours' : 'theirs';
        const result = applyMerge(plan, new Map(plan.conflicts.map((c) => [c.id, winner])));
        if (!result.ok) {
          // the two lists may not apply one after the other: refused whole, with reasons and places
          expect(result.errors.every((e) => e.path.startsWith('$') && e.message.zh !== '' && e.message.en !== '')).toBe(true);
          return;
        }
        if (plan.conflicts.length === 0) outcomes.merged++;
        const merged = result.file.scenarios[index]!.operations;
        const base = ancestor.scenarios[index]!.operations;
        expect(merged.slice(0, base.length)).toEqual(base);
        // compared whatever their key order (the merged file was saved and read back)
        const text = (op: Operation) => JSON.stringify(sortedKeys(op));
        const tail = merged.slice(base.length).map(text);
        /** The list's operations stand in the tail in their order (one both appended alike counts once). */
        const inOrder = (list: Operation[]) => {
          let at = 0;
          for (const op of list) {
            const found = tail.indexOf(text(op), at);
            if (found < 0) return false;
            at = found + 1;
          }
          return true;
        };
        if (plan.conflicts.length === 0) {
          expect(inOrder(mine)).toBe(true);
          expect(inOrder(yours)).toBe(true);
        } else expect(inOrder(forOurs ? mine : yours)).toBe(true);
        expect(tail.length).toBeLessThanOrEqual(mine.length + yours.length);
        expect(result.leftOut.every((l) => l.side !== winner)).toBe(true);
      }),
      { seed: 1623, numRuns: 200 },
    );
    // not a property of nothing: both cases came up
    expect(outcomes.merged).toBeGreaterThan(20);
    expect(outcomes.conflicts).toBeGreaterThan(20);
  }, 60_000);
});
