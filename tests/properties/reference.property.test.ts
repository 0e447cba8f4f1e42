// The engine against SPEC §6 and §7 written again plainly (reference.ts), on every state of
// generated files: the baseline and each scenario after its operations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, findingsOf, viewState } from '../../src/engine';
import { validFileArb } from './arbitraries';
import { breachKeys, referenceBreaches, referenceMetrics } from './reference';
import { loadedOf, statesOf, unitsAsMap } from './support';

describe('the engine agrees with SPEC read plainly', () => {
  it('§6: the figures of every state', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        for (const state of statesOf(loadedOf(file))) {
          expect(unitsAsMap(computeMetrics(state))).toEqual(referenceMetrics(state));
        }
      }),
      { seed: 5201, numRuns: 200 },
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
      { seed: 5202, numRuns: 200 },
    );
  });

  it('§7: violations are sorted by rule id, then subject, as the default sort compares strings', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        const baseline = viewState(loaded.baseline);
        for (const state of loaded.scenarios) {
          const found = findingsOf(loaded, viewState(state), baseline);
          const keys = found.map((f) => [f.rule, f.subject].join('\u0000'));
          const sorted = [...found].sort((a, b) => (a.rule === b.rule ? (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) : a.rule < b.rule ? -1 : 1));
          expect(keys).toEqual(sorted.map((f) => [f.rule, f.subject].join('\u0000')));
        }
      }),
      { seed: 5203, numRuns: 100 },
    );
  });
});
