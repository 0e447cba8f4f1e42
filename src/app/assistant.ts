// The planning assistant as the page uses it: the fixes of one problem, worked out by the worker
// when the user asks for them (never after every drop: drops stay fast), a suggested plan with
// its progress and a cancel that stops the worker's work, and the two actions that put either
// into the file. Loaded with the screens that use it, not with the first page.
import type { ProblemRef, Progress, SuggestRequest } from '../plan/types';
import type { SuggestAnswer } from '../plan/suggest';
import { addSuggestion, type SuggestionMade } from './actions/addSuggestion';
import { applyFix, type FixesOffered, fixesInPlace } from './actions/applyFix';
import type { Core } from './actions/types';

export type { FixesOffered, SuggestionMade };
export { fixesInPlace };
/** What a suggestion may aim at, and the warnings it may clear as well (for the dialog to offer). */
export { OBJECTIVES, PLAN_WARNINGS } from '../plan/types';

/** A suggestion under way: its answer, and how to stop it. */
export interface SuggestionRun {
  /** The answer, with the file it was worked out on; undefined when no file is open. */
  done: Promise<{ answer: SuggestAnswer; basis: SuggestionMade['basis'] } | undefined>;
  /** Stops the work: the worker stops at its next report, and the answer says it was cancelled. */
  cancel(): void;
}

export function bindAssistant(core: Core) {
  const { store } = core;
  return {
    /**
     * The fixes of one problem of the scenario on screen (`baseline` included). In turn after the
     * changes asked for before, so they are worked out on the file as those leave it.
     */
    fixes: core.inTurn(async (problem: ProblemRef): Promise<FixesOffered | undefined> => {
      const { file, scenarioId, lang } = store.get();
      if (!file) return undefined;
      const [found] = await core.bridge.engine.fixes(scenarioId, lang, [problem]);
      // the worker names no problem it does not find: it has gone since (an undo, say)
      return found ? { basis: file, scenarioId, problem: found.problem, fixes: found.fixes, ...(found.none ? { none: found.none } : {}) } : undefined;
    }),
    /** Applies fix `index` of `offered`: one undo step (on today's organisation, a new proposal). */
    applyFix: (offered: FixesOffered, index: number) => core.run(applyFix, offered, index),

    /**
     * A suggested plan from `request.from`. `onProgress` hears the worker's reports (the count of
     * groups of zones first, then each one solved); `cancel` answers the next report with "stop".
     */
    suggest(request: SuggestRequest, onProgress: (progress: Progress) => void): SuggestionRun {
      let cancelled = false;
      const done = core.inTurn(async () => {
        const { file, lang } = store.get();
        if (!file) return undefined;
        const answer = await core.bridge.engine.suggest(request, lang, (progress: Progress) => {
          if (!cancelled) onProgress(progress);
          return !cancelled;
        });
        return { answer, basis: file };
      })();
      return { done, cancel: () => void (cancelled = true) };
    },
    /** The suggestion as a new proposal, in one undo step. */
    addSuggestion: (suggestion: SuggestionMade) => core.run(addSuggestion, suggestion),
  };
}

export type Assistant = ReturnType<typeof bindAssistant>;
