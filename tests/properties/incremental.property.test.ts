// After a move the engine counts and checks only the two units it touched. These properties hold
// it to a full evaluation of the same state, move after move (past the point where its layered
// maps are flattened), and through the session a user drives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, contextOf, createSession } from '../../src/engine';
import { evaluateMove, type Evaluated } from '../../src/engine/incremental';
import { applyPatch } from '../../src/engine/patch';
import { evaluateState } from '../../src/engine/evaluator';
import type { StateView } from '../../src/engine/rules';
import { type OrgState, type ScenarioFile, functionCatalogue, serialiseScenarioFile } from '../../src/model';
import { choiceArb, operationFor, validFileArb } from './arbitraries';
import { loadedOf, statesOf } from './support';

const movesArb = fc.array(choiceArb.map((choice) => ({ ...choice, op: 'move' as const })), { minLength: 1, maxLength: 40 });


/** Everything a view and its findings say, as plain data. */
function plain(evaluated: Evaluated) {
  const { view } = evaluated;
  return {
    metrics: JSON.parse(JSON.stringify(view.metrics)),
    totals: view.totals,
    units: view.state.units.map((unit) => ({
      id: unit.id,
      bureaus: (view.bureausByUnit.get(unit.id) ?? []).map((b) => b.id),
      figures: view.unitFigures.get(unit.id),
      findings: evaluated.findingsByUnit.get(unit.id) ?? [],
    })),
    findings: evaluated.findings,
  };
}

/** `plain` for what a full evaluation keeps: a unit with no findings has none listed. */
const sameFindingsByUnit = (evaluated: Evaluated) => ({
  ...plain(evaluated),
  units: plain(evaluated).units.map((u) => ({ ...u, findings: u.findings.length === 0 ? [] : u.findings })),
});

describe('a move evaluated from the state before it', () => {
  it('gives the figures and findings of a full evaluation, at every step of a long run of moves', () => {
    fc.assert(
      fc.property(validFileArb, movesArb, fc.nat(), (file, moves, startPick) => {
        const loaded = loadedOf(file);
        const functionIds = [...functionCatalogue(file.functions).keys()];
        const starts = statesOf(loaded);
        const start = starts[startPick % starts.length]!;
        // the baseline is checked alone; a scenario against the baseline (the comparison rules too)
        const baselineView: StateView | undefined = start === loaded.baseline ? undefined : evaluateState(loaded, loaded.baseline).view;
        const setting = { baseline: baselineView, functions: loaded.context.functions, settings: loaded.settings };
        let state: OrgState = start;
        let evaluated = evaluateState(loaded, state, baselineView);
        const context = contextOf(file);
        let moved = 0;
        for (const choice of moves) {
          const operation = operationFor(state, choice, functionIds);
          if (operation?.op !== 'move') return; // fewer than two units, or no bureau: nothing to move
          const result = applyOperation(state, operation, context);
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(operation)}`);
          expect(result.effect).toEqual({ kind: 'move', bureau: operation.bureau, position: state.bureaus.findIndex((b) => b.id === operation.bureau), from: state.bureaus.find((b) => b.id === operation.bureau)!.unit, to: operation.to });
          if (result.effect.kind !== 'move') return;
          const next = evaluateMove(evaluated, result.state, result.effect, setting, context.lookup);
          expect(next, JSON.stringify(operation)).toBeDefined();
          const full = evaluateState(loaded, result.state, baselineView);
          expect(sameFindingsByUnit(next!), `after move ${moved + 1}: ${JSON.stringify(operation)}`).toEqual(sameFindingsByUnit(full));
          evaluated = next!;
          state = result.state;
          moved += 1;
        }
      }),
      { seed: 7301, numRuns: 200 },
    );
  });
});

describe('the session, operation by operation', () => {
  // moves most of all, between every other kind and some undos: a state is evaluated from the one
  // before only when it was made by a move from it
  const stepsArb = fc.array(fc.oneof(choiceArb, choiceArb.map((c) => ({ ...c, op: 'move' as const })), fc.constant('undo' as const)), {
    minLength: 1,
    maxLength: 16,
  });
  it('reports after each step exactly what a fresh load of the same file reports', () => {
    fc.assert(
      fc.property(validFileArb, stepsArb, (file, steps) => {
        if (file.scenarios.length === 0) return;
        const session = createSession();
        expect(session.open(serialiseScenarioFile(file), 'zh').ok).toBe(true);
        const functionIds = [...functionCatalogue(file.functions).keys()];
        let current: ScenarioFile = file;
        let state = loadedOf(file).scenarios[0]!;
        const id = file.scenarios[0]!.id;
        // the report kept as the app keeps it: whole when opened, then by the steps sent after each change
        const opened = session.namedReport('zh')!;
        let kept = opened.report;
        let token = opened.token;
        for (const step of steps) {
          let reply;
          let operations = current.scenarios[0]!.operations;
          if (step === 'undo') {
            if (operations.length === 0) continue;
            reply = session.truncate(id, 1, 'zh', token);
            operations = operations.slice(0, -1);
          } else {
            const operation = operationFor(state, step, functionIds);
            if (!operation) return;
            reply = session.append(id, operation, 'zh', token);
            operations = [...operations, operation];
          }
          if (!reply.ok) throw new Error(`refused: ${JSON.stringify(step)}`);
          const scenarios = current.scenarios.map((s, i) => (i === 0 ? { ...s, operations } : s));
          current = { ...current, scenarios };
          const fresh = createSession().open(serialiseScenarioFile(current), 'zh');
          if (!fresh.ok) throw new Error('the file with the move did not open');
          if (!('patch' in reply)) throw new Error('a change from the last report sent came back whole');
          kept = applyPatch(kept, reply.patch);
          token = reply.token;
          expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh.report));
          state = loadedOf(current).scenarios[0]!;
        }
      }),
      { seed: 7303, numRuns: 120 },
    );
    // a fresh load of the file after every step: seconds, not a figure of speed
  }, 120_000);
});
