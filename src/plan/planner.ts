// The planning assistant as the worker exposes it, beside the engine session: it reads the file
// the session holds, loads the solver on the first request, reports progress through a callback
// (a comlink proxy from the page) and stops when that callback answers false. Plain data in and
// out; the solver it loaded belongs to this planner, not to the module.
import type { LoadedFile } from '../engine';
import type { Lang } from '../i18n';
import { type ProblemFixes, fixesFor } from './fixes';
import { type Solve, loadSolver } from './solver';
import { type SuggestAnswer, suggestPlan } from './suggest';
import type { ProblemRef, ProgressReport, SuggestRequest } from './types';

export function createPlanner(current: () => LoadedFile | undefined) {
  let solver: Promise<Solve> | undefined;
  const solve = () => (solver ??= loadSolver());
  return {
    /** A new proposal that clears the targeted problems of `request.from`; `progress` may cancel it. */
    async suggest(request: SuggestRequest, lang: Lang, progress?: ProgressReport): Promise<SuggestAnswer> {
      const loaded = current();
      if (!loaded) return { ok: false, message: { zh: '没有打开的文件。', en: 'No file is open.' } };
      return suggestPlan(loaded, { ...request, lang }, await solve(), progress);
    },
    /** Up to three fixes for each problem of a state (`baseline` or a proposal id), or of the ones named. */
    async fixes(from: string, lang: Lang, only?: ProblemRef[]): Promise<ProblemFixes[]> {
      const loaded = current();
      return loaded ? fixesFor(loaded, from, lang, await solve(), only) : [];
    },
  };
}

export type Planner = ReturnType<typeof createPlanner>;
