// A fix of one problem, offered by the planner (src/plan/fixes.ts), applied as one undo step: its
// operation (or the short list the planner found where no single one does it), each with the note
// saying which problem it fixes. On a proposal it is appended there. On today's organisation it
// goes into a new proposal named after the fix, rather than editing today: a fix is a reform step
// (a bureau moved out of a zone), not a correction of what the organisation is, and editing today
// would change every proposal's savings and could leave their operations unable to apply. On an
// approved proposal (SPEC §3: 已批准 takes no new operation until set back to draft) it goes into a
// new draft proposal holding the approved one's operations and then the fix's, named after both.
import { message } from '../../i18n';
import { planningLocalized, planningText } from '../../i18n/planning';
import { BASELINE_ID, type Operation, type Scenario, type ScenarioFile } from '../../model';
import type { Fix } from '../../plan/fixes';
import type { ProblemRef } from '../../plan/types';
import { uniqueScenarioId } from './createScenario';
import type { FileAction, Plan } from './types';

/** The fixes of a problem as the page holds them: worked out on `basis`, for the scenario `scenarioId`. */
export interface FixesOffered {
  basis: ScenarioFile;
  scenarioId: string;
  problem: ProblemRef;
  fixes: Fix[];
  /** why there is none, when there is none */
  none?: { zh: string; en: string };
}

/** A proposal's name is at most 200 characters (SPEC §3). */
const NAME_MAX = 200;

export const applyFix: FileAction<[offered: FixesOffered, index: number]> = {
  name: 'applyFix',
  plan(state, offered, index) {
    const fix = offered.fixes[index];
    if (!fix || fix.operations.length === 0) return undefined;
    // the fix was tried by the engine on that file: on any other it may not apply, or not fix
    if (state.file !== offered.basis) return { refused: [{ path: '$', code: 'planning.stale', message: planningLocalized('planning.stale', {}) }] };
    if (offered.scenarioId === BASELINE_ID) return inNewProposal(state.file, [], fix.operations[0]?.note, fix);
    const scenario = state.file.scenarios.find((s) => s.id === offered.scenarioId);
    if (!scenario) return undefined;
    if (!fixesInPlace(scenario)) {
      const note = fix.operations[0]?.note;
      const name = note === undefined ? scenario.name : planningText(state.lang, 'planning.fixes.copyName', { name: scenario.name, fix: note });
      return inNewProposal(state.file, scenario.operations, name, fix);
    }
    return onProposal(offered.scenarioId, fix);
  },
};

/** Whether a fix is appended to the proposal itself: not to an approved one. */
export const fixesInPlace = (scenario: Pick<Scenario, 'status'>): boolean => scenario.status !== 'approved';

function onProposal(scenarioId: string, fix: Fix): Plan {
  const { operations } = fix;
  return {
    label: message('step.applyFix', {}),
    edit(draft) {
      draft.scenarios.find((s) => s.id === scenarioId)?.operations.push(...operations);
    },
    // one operation is sent as a drop's is; several at once, the engine takes the file again
    engine: {
      redo: operations.length === 1 ? { kind: 'append', scenarioId, operation: operations[0]! } : { kind: 'file' },
      undo: { kind: 'truncate', scenarioId, count: operations.length },
    },
    show: scenarioId,
  };
}

function inNewProposal(file: ScenarioFile, before: readonly Operation[], named: string | undefined, fix: Fix): Plan {
  const id = uniqueScenarioId(file);
  const name = [...(named ?? id)].slice(0, NAME_MAX).join('');
  return {
    label: message('step.applyFix', {}),
    edit(draft) {
      draft.scenarios.push({ id, name, operations: [...before, ...fix.operations] });
    },
    engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
    show: id,
  };
}
