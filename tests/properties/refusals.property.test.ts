// SPEC §5 "refused when": each case is refused, leaves the state as it was, and makes a file that
// contains it invalid with an error that names the scenario and the operation's index.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, contextOf, loadScenarioFile } from '../../src/engine';
import { type OrgState, type ScenarioFile, functionCatalogue, serialiseScenarioFile } from '../../src/model';
import { cloneFile, validFileArb } from './arbitraries';
import { REFUSED_REASONS, refusedCase } from './refusedOperations';
import { expectWellFormedErrors, loadedOf } from './support';
import { freshId } from './values';

const picks = fc.tuple(fc.nat(1 << 20), fc.nat(1 << 20));

/** State `which` of the file: 0 is the baseline as read (not yet touched by the engine), then each scenario's. */
function stateOf(file: ScenarioFile, which: number): { state: OrgState; scenario: number | undefined } {
  const count = file.scenarios.length + 1;
  const index = which % count;
  if (index === 0) {
    const fresh = cloneFile(file);
    return { state: { units: fresh.units, bureaus: fresh.bureaus }, scenario: undefined };
  }
  return { state: loadedOf(file).scenarios[index - 1]!, scenario: index - 1 };
}

describe('an operation that SPEC §5 refuses', () => {
  for (const reason of REFUSED_REASONS) {
    it(`(${reason}) is refused and changes nothing, and a file holding it is invalid at that operation`, () => {
      fc.assert(
        fc.property(validFileArb, fc.nat(), picks, (file, which, chosen) => {
          const functionIds = [...functionCatalogue(file.functions).keys()];
          const { state, scenario } = stateOf(file, which);
          const refused = refusedCase(reason, state, chosen, functionIds);
          fc.pre(refused !== undefined);
          const before = structuredClone(state);
          const result = applyOperation(state, refused.operation, contextOf(file));
          expect(result.ok, JSON.stringify(refused.operation)).toBe(false);
          if (!result.ok) {
            expect(result.refusals.length).toBeGreaterThan(0);
            for (const refusal of result.refusals) expect(refusal.message.zh && refusal.message.en).toBeTruthy();
          }
          expect(state).toEqual(before);

          // the same operation at the end of a scenario (a new one for the baseline) makes the file invalid
          const holding = cloneFile(file);
          let at: number;
          if (scenario === undefined) {
            const id = freshId('refused', new Set(['baseline', ...file.scenarios.map((s) => s.id)]));
            at = holding.scenarios.push({ id, name: '被拒方案', operations: [refused.operation] }) - 1;
          } else {
            at = scenario;
            holding.scenarios[at]!.operations.push(refused.operation);
          }
          const operationPath = `$.scenarios[${at}].operations[${holding.scenarios[at]!.operations.length - 1}]`;
          const loaded = loadScenarioFile(serialiseScenarioFile(holding));
          expect(loaded.ok).toBe(false);
          if (!loaded.ok) {
            expectWellFormedErrors(loaded.errors);
            expect(loaded.errors.some((e) => e.path.startsWith(operationPath)), loaded.errors.map((e) => e.path).join(' ')).toBe(true);
          }
        }),
        { seed: 5400 + REFUSED_REASONS.indexOf(reason), numRuns: 60 },
      );
    });
  }
});
