// A suggested plan (src/plan/suggest.ts) becomes a new proposal, in one undo step: the operations
// of the proposal it started from, then the plan's, each with its note saying why it is there. Its
// name says it is a suggestion and what it aimed at (numbered when the file already has one so
// named); nothing in the file changes until the user adds it. The plan's own operations are signed
// with who adds it and when, as every operation the app makes (./append.ts); those it started from keep
// their own.
import { message } from '../../i18n';
import { planningLocalized } from '../../i18n/planning';
import type { ScenarioFile } from '../../model';
import type { SuggestResult } from '../../plan/types';
import { stamped } from '../stamp';
import { uniqueScenarioId } from './createScenario';
import type { FileAction } from './types';

/** A suggestion as the page holds it: worked out on `basis`. */
export interface SuggestionMade {
  basis: ScenarioFile;
  result: SuggestResult;
}

export const addSuggestion: FileAction<[suggestion: SuggestionMade]> = {
  name: 'addSuggestion',
  plan(state, { basis, result }) {
    const { file } = state;
    // the plan was replayed by the engine on that file: on any other it may not apply
    if (file !== basis) return { refused: [{ path: '$', code: 'planning.stale', message: planningLocalized('planning.stale', {}) }] };
    const id = uniqueScenarioId(file);
    const name = unusedName(file, result.scenario.name);
    // the plan's changes come after the operations of the proposal it started from
    const from = result.scenario.operations.length - result.plan.length;
    const operations = result.scenario.operations.map((operation, i) => (i >= from ? stamped(operation, state.stamp) : operation));
    return {
      // said as any new proposal is: its name says it is a suggestion
      label: message('step.createScenario', { name }),
      edit(draft) {
        draft.scenarios.push({ id, name, notes: result.scenario.notes, operations });
      },
      engine: { redo: { kind: 'file' }, undo: { kind: 'file' } },
      show: id,
    };
  },
};

/** `name`, or `name 2`, `name 3` … : the first no proposal of the file bears. */
function unusedName(file: ScenarioFile, name: string): string {
  const taken = new Set(file.scenarios.map((s) => s.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} ${n}`)) return `${name} ${n}`;
}
