// Bringing proposals in (issue 16): from a file with the same baseline each proposal gives exactly
// the report it gave in its own file; from any file the result is a valid file that loses nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, subjectText } from '../../src/engine';
import { type ProposalChoice, bringIn, planBringIn, proposalAsItCame, readNotApplied } from '../../src/engine/share';
import type { Scenario, ScenarioFile } from '../../src/model';
import { idArb, nameArb, planArb, playPlan, validFileArb } from './arbitraries';
import { loadedOf, permuted, unitsAsMap } from './support';

/** A colleague's file over the same organisation as `open` (its units and bureaus in the order `order` gives), with proposals of its own. */
const sameBaselineArb = fc
  .tuple(
    validFileArb,
    fc.uniqueArray(fc.record({ id: idArb.filter((id) => id !== 'baseline'), name: nameArb, plan: planArb }), { maxLength: 4, selector: (s) => s.id }),
    nameArb,
    fc.array(fc.nat(), { maxLength: 30 }),
  )
  .map(([open, specs, title, order]) => {
    const scenarios: Scenario[] = specs.map((spec) => ({ id: spec.id, name: spec.name, operations: playPlan({ units: open.units, bureaus: open.bureaus }, spec.plan, open).operations }));
    const other: ScenarioFile = { ...open, title, scenarios };
    const shuffled: ScenarioFile = { ...other, units: permuted(open.units, order), bureaus: permuted(open.bureaus, [...order].reverse()) };
    return { open, other, shuffled };
  });

function broughtIn(open: ScenarioFile, other: ScenarioFile, choices: ReadonlyMap<string, ProposalChoice> = new Map()) {
  const planned = planBringIn(loadedOf(open), other, other.scenarios.map((s) => s.id));
  if (!planned.ok) throw new Error('planned');
  const result = bringIn(open, planned.plan, choices);
  if (!result.ok) throw new Error(`refused: ${result.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
  return { plan: planned.plan, file: result.result.file };
}

describe('bringing in the proposals of a file with the same baseline', () => {
  it('adds each as it is, renamed where its id is taken, and it gives exactly the report it gave in its own file', () => {
    fc.assert(
      fc.property(sameBaselineArb, fc.constantFrom('zh' as const, 'en' as const), ({ open, other }, lang) => {
        const { plan, file } = broughtIn(open, other);
        expect(plan.sameBaseline).toBe(true);
        expect(plan.proposals.every((p) => p.refused.length === 0)).toBe(true);
        const there = buildReport(loadedOf(other), { lang }).scenarios;
        const here = buildReport(loadedOf(file), { lang }).scenarios;
        plan.proposals.forEach((p, i) => {
          expect(here.find((s) => s.id === p.id)).toEqual({ ...there[i], id: p.id });
        });
        // the open file's own proposals are as they were
        expect(file.scenarios.slice(0, open.scenarios.length)).toEqual(open.scenarios);
        expect(new Set(file.scenarios.map((s) => s.id)).size).toBe(file.scenarios.length);
      }),
      { seed: 1611, numRuns: 150 },
    );
  }, 60_000);

  it('with the units and bureaus listed in another order: the same baseline, the same figures and the same rules broken', () => {
    fc.assert(
      fc.property(sameBaselineArb, ({ open, other, shuffled }) => {
        const { plan, file } = broughtIn(open, shuffled);
        expect(plan.sameBaseline).toBe(true);
        const there = buildReport(loadedOf(other), { lang: 'zh' }).scenarios;
        const here = buildReport(loadedOf(file), { lang: 'zh' }).scenarios;
        const broken = (s: (typeof here)[number]) => new Set(s.violations.map((v) => `${v.rule} ${v.severity} ${subjectText(v.subject)}`));
        plan.proposals.forEach((p, i) => {
          const mine = here.find((s) => s.id === p.id)!;
          expect(unitsAsMap(mine.metrics)).toEqual(unitsAsMap(there[i]!.metrics));
          expect(mine.savings).toEqual(there[i]!.savings);
          // a message may name the bureaus of a unit in the order the file lists them
          expect(broken(mine)).toEqual(broken(there[i]!));
        });
      }),
      { seed: 1612, numRuns: 150 },
    );
  }, 60_000);
});

describe('bringing in the proposals of any file', () => {
  it('gives a valid file whichever the choices, loses no operation, and keeps aside exactly what came', () => {
    fc.assert(
      fc.property(validFileArb, validFileArb, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (open, other, skips) => {
        const choices = new Map(other.scenarios.map((s, i): [string, ProposalChoice] => [s.id, skips[i] ? 'skip' : 'keepAside']));
        const { plan, file } = broughtIn(open, other, choices);
        expect(file.scenarios.slice(0, open.scenarios.length)).toEqual(open.scenarios);
        plan.proposals.forEach((p, i) => {
          const came = other.scenarios[i]!;
          const here = file.scenarios.find((s) => s.id === p.id)!;
          // every operation either applied or refused, each once, in order
          const refused = new Set(p.refused.map((r) => r.index));
          expect(p.applying).toEqual(came.operations.filter((_, k) => !refused.has(k)));
          if (p.refused.length === 0) {
            expect(here).toEqual({ ...came, id: p.id });
            return;
          }
          const record = readNotApplied(here);
          if (!record?.ok) throw new Error('a record of what did not apply');
          expect(record.record.refused.map((r) => [r.index, r.operation])).toEqual(p.refused.map((r) => [r.index, r.operation]));
          if (choices.get(came.id) === 'skip') {
            expect(here.operations).toEqual(p.applying);
          } else {
            expect(here.operations).toEqual([]);
            const back = proposalAsItCame(here);
            expect(back?.ok && back.scenario).toEqual({ ...came, id: p.id });
          }
        });
      }),
      { seed: 1613, numRuns: 200 },
    );
  }, 60_000);
});
