// Every fix offered, applied with the engine, clears its problem and creates no new error, and its
// figures are the engine's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, findingsOf, playOperations, subjectText, viewState } from '../../src/engine';
import { fixesFor } from '../../src/plan/fixes';
import { loadSolver } from '../../src/plan/solver';
import { planFileArb } from './planFiles';
import { loadedOf } from './support';

const key = (f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`;
/** A finding with its subject as SPEC §7 writes it, as the planner names problems. */
const spoken = (f: Finding) => ({ ...f, subject: subjectText(f.subject) });

describe('fixes', () => {
  it('each offered fix clears its problem and creates no new error; at most three per problem', async () => {
    const solve = await loadSolver();
    let offered = 0;
    await fc.assert(
      fc.asyncProperty(planFileArb, async (file) => {
        const loaded = loadedOf(file);
        const baseline = viewState(loaded.baseline);
        const before = findingsOf(loaded, baseline, baseline).map(spoken);
        const errors = new Set(before.filter((f) => f.severity === 'error').map(key));
        const all = fixesFor(loaded, 'baseline', 'zh', solve);
        expect(all.map((p) => key(p.problem))).toEqual(before.map(key));
        for (const { problem, fixes, none } of all) {
          expect(fixes.length).toBeLessThanOrEqual(3);
          expect(fixes.length === 0).toBe(none !== undefined);
          for (const fix of fixes) {
            offered++;
            const played = playOperations(loaded.baseline, fix.operations, loaded.context);
            expect(played.ok).toBe(true);
            if (!played.ok) continue;
            const view = viewState(played.state);
            const after = findingsOf(loaded, view, baseline).map(spoken);
            expect(after.map(key)).not.toContain(key(problem));
            expect(after.filter((f) => f.severity === 'error' && !errors.has(key(f))).map(key)).toEqual([]);
            expect(fix.after.staff).toBe(view.metrics.staff.total);
            expect(fix.after.leaderPosts).toBe(view.metrics.leaderPosts);
            expect(fix.after.bodies).toBe(view.metrics.bodies.total);
            for (const [unit, figures] of Object.entries(fix.after.units)) expect(figures).toEqual(view.metrics.units[unit]);
            for (const op of fix.operations) expect(op.note ?? '').toMatch(/^修正：/);
          }
        }
      }),
      { seed: 1502, numRuns: 120 },
    );
    expect(offered).toBeGreaterThan(50);
  }, 120_000);
});
