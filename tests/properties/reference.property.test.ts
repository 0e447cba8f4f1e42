// The engine against SPEC §6 and §7 written again plainly (reference.ts), on every state of
// generated files: the baseline and each scenario after its operations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, computeMetrics, contextOf, findingsOf, subjectText, viewState } from '../../src/engine';
import { OPERATION_KINDS, type ScenarioFile, functionCatalogue } from '../../src/model';
import { operationFor, planArb, validFileArb } from './arbitraries';
import { breachKeys, referenceApply, referenceBreaches, referenceMetrics } from './reference';
import { loadedOf, statesOf, unitsAsMap } from './support';

describe('the engine agrees with SPEC read plainly', () => {
  // one property for each kind, so that a disagreement on one kind hides nothing about the others
  for (const kind of OPERATION_KINDS) {
    it(`§5: what ${kind} does, at every step of a plan where it is chosen`, () => {
      fc.assert(
        fc.property(validFileArb, planArb, (file, plan) => {
          const context = contextOf(file);
          const functionIds = [...functionCatalogue(file.functions).keys()];
          for (const start of statesOf(loadedOf(file))) {
            let state = start;
            for (const choice of plan) {
              const operation = operationFor(state, choice, functionIds);
              if (!operation) continue;
              const expected = operation.op === kind ? referenceApply(state, operation) : undefined;
              const result = applyOperation(state, operation, context);
              if (!result.ok) throw new Error(`refused: ${JSON.stringify(operation)}`);
              state = result.state;
              if (!expected) continue;
              expect(new Map(state.units.map((u) => [u.id, u])), JSON.stringify(operation)).toEqual(expected.units);
              expect(new Map(state.bureaus.map((b) => [b.id, b])), JSON.stringify(operation)).toEqual(expected.bureaus);
            }
          }
        }),
        { seed: 5210 + OPERATION_KINDS.indexOf(kind), numRuns: 80 },
      );
    });
  }

  it('§6: the figures of every state', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        for (const state of statesOf(loadedOf(file))) {
          expect(unitsAsMap(computeMetrics(state))).toEqual(referenceMetrics(state));
        }
      }),
      { seed: 5201, numRuns: 300 },
    );
  });

  it('§7: which rules each state breaks, for what subject and how badly', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        const baseline = viewState(loaded.baseline);
        expect(breachKeys(findingsOf(loaded, baseline))).toEqual(breachKeys(referenceBreaches(loaded.baseline, undefined, file.functions, file.rules)));
        loaded.scenarios.forEach((state) => {
          const found = findingsOf(loaded, viewState(state), baseline);
          expect(breachKeys(found)).toEqual(breachKeys(referenceBreaches(state, loaded.baseline, file.functions, file.rules)));
        });
      }),
      { seed: 5202, numRuns: 300 },
    );
  });

  it('§7: violations are sorted by rule id, then subject, as the default sort compares strings', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        const baseline = viewState(loaded.baseline);
        for (const state of loaded.scenarios) {
          const found = findingsOf(loaded, viewState(state), baseline);
          const text = (f: (typeof found)[number]) => subjectText(f.subject);
          const keys = found.map((f) => [f.rule, text(f)].join('\u0000'));
          const sorted = [...found].sort((a, b) => (a.rule === b.rule ? (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0) : a.rule < b.rule ? -1 : 1));
          expect(keys).toEqual(sorted.map((f) => [f.rule, text(f)].join('\u0000')));
        }
      }),
      { seed: 5203, numRuns: 100 },
    );
  });

  // SPEC §5 abolish: "its functions join functionsTo (each once)". The engine also removes the repeats
  // that functionsTo carried before, so abolishing a bureau without duties changes another bureau's duties.
  it('regression: abolishing a bureau without duties into one that carries a duty twice leaves that one as it was', () => {
    const file: ScenarioFile = {
      format: 'zonereform/scenario',
      version: 1,
      title: '!',
      units: [{ id: '_', name: '<script>alert("x")</script>', kind: 'zone', governance: 'integrated' }],
      bureaus: [
        { id: 'a', name: '<script>alert("x")</script>', unit: '_', type: 'internal', category: 'economic', functions: ['investment-promotion', 'investment-promotion'], staff: { admin: 0, institutional: 0 }, leaderPosts: 0 },
        { id: 'a-2', name: '!', unit: '_', type: 'institution', category: 'economic', functions: [], staff: { admin: 0, institutional: 0 }, leaderPosts: 0 },
      ],
      scenarios: [],
    };
    const result = applyOperation({ units: file.units, bureaus: file.bureaus }, { op: 'abolish', bureau: 'a-2', functionsTo: 'a' }, contextOf(file));
    expect(result.ok && result.state.bureaus).toEqual([file.bureaus[0]]);
  });
});
