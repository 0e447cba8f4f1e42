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
import { stamped } from '../stamp';
import { planAppend } from './append';
import type { FileAction, OpenState, Plan } from './types';

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
    if (offered.scenarioId === BASELINE_ID) return inNewProposal(state, [], fix.operations[0]?.note, fix);
    const scenario = state.file.scenarios.find((s) => s.id === offered.scenarioId);
    if (!scenario) return undefined;
    if (!fixesInPlace(scenario)) {
      const note = fix.operations[0]?.note;
      const name = note === undefined ? scenario.name : planningText(state.lang, 'planning.fixes.copyName', { name: scenario.name, fix: note });
      return inNewProposal(state, scenario.operations, name, fix);
    }
    return onProposal(state, offered.scenarioId, fix);
  },
};

/** Whether a fix is appended to the proposal itself: not to an approved one. */
export const fixesInPlace = (scenario: Pick<Scenario, 'status'>): boolean => scenario.status !== 'approved';

function onProposal(state: OpenState, scenarioId: string, fix: Fix): Plan {
  // signed (by, at) and told to the engine as every appended operation is
  const step = planAppend(state, scenarioId, fix.operations, message('step.applyFix', {}));
  return step && 'edit' in step ? { ...step, show: scenarioId } : step;
}

function inNewProposal({ file, stamp }: OpenState, before: readonly Operation[], named: string | undefined, fix: Fix): Plan {
  const id = uniqueScenarioId(file);
  const added = fix.operations.map((operation) => stamped(operation, stamp));
  const name = [...(named ?? id)].slice(0, NAME_MAX).join('');
  return {
    label: message('step.applyFix', {}),
    edit(draft) {
      draft.scenarios.push({ id, name, operations: [...before, ...added] });
    },
    engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
    show: id,
  };
}
