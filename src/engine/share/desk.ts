// Sharing as the worker offers it, beside the engine session: another file is read and loaded
// once and held under a token while the user looks at it (bring its proposals in, see what
// differs, merge it), so that a province-sized file is not sent and loaded again for each look.
// The open file is the one the session holds. What it holds belongs to this desk, not the module;
// a worker that restarts forgets it, and the page is told to choose the file again.
import type { Lang } from '../../i18n';
import type { FileError, ScenarioFile } from '../../model';
import { type LoadedFile, loadScenarioFile } from '../load';
import { diffBaselines, isSameBaseline } from './baseline';
import { type BringInPlan, bringIn, planBringIn } from './bringIn';
import { compareFiles, compareProposals } from './compare';
import { shareError } from './errors';
import { type MergeChoice, type MergePlan, planMerge } from './merge/plan';
import { applyMerge } from './merge/apply';
import type { ProposalChoice } from './notApplied';
import {
  type BringInReply,
  type BringInViewReply,
  type FileDiffReply,
  type MergeReply,
  type MergeViewReply,
  type ProposalDiffReply,
  type ProposalRef,
  type ReadReply,
  bringInView,
  fileDiffView,
  mergeView,
  proposalDiffView,
} from './deskViews';
import { type ProposalSummary, summariesOf } from './views';

/** How many other files are held at once (a merge holds two: the other copy and the ancestor). */
const HELD = 3;

// Long only as one closure over the files it holds: each method is a few lines of its own.
export function createShareDesk(current: () => LoadedFile | undefined) {
  /** Each file read, with its proposals summed up once (their figures take a full evaluation). */
  const held = new Map<number, { loaded: LoadedFile; proposals: ProposalSummary[] }>();
  const heldFile = (token: number | undefined) => (token === undefined ? undefined : held.get(token)?.loaded);
  let tokens = 0;
  /** The merge planned last, with the open file it was planned on. */
  let merging: { plan: MergePlan; ours: ScenarioFile; theirs: string } | undefined;

  const noOpenFile = (): { ok: false; errors: FileError[] } => ({ ok: false, errors: [shareError('$', 'share.noOpenFile', {})] });
  const expired = (): { ok: false; errors: FileError[] } => ({ ok: false, errors: [shareError('$', 'share.expired', {})] });

  function hold(loaded: LoadedFile, proposals: ProposalSummary[]): number {
    const token = ++tokens;
    held.set(token, { loaded, proposals });
    for (const old of held.keys()) if (held.size > HELD) held.delete(old);
    return token;
  }

  return {
    /** Reads another file as opening one does (every error with its path); held until forgotten. */
    shareRead(text: string, lang: Lang): ReadReply {
      const open = current();
      const read = loadScenarioFile(text);
      if (!read.ok) return read;
      const other = read.loaded;
      const proposals = summariesOf(other, lang);
      return {
        ok: true,
        token: hold(other, proposals),
        title: other.file.title,
        units: other.file.units.length,
        bureaus: other.file.bureaus.length,
        proposals,
        sameBaseline: open !== undefined && isSameBaseline(diffBaselines(open.file, other.file)),
      };
    },
    /** Lets go of a file read (all of them without a token). */
    shareForget(token?: number): void {
      if (token === undefined) held.clear();
      else held.delete(token);
      if (token === undefined) merging = undefined;
    },
    /** Every proposal of the other file played over the open file's baseline: what applies, what does not and why. */
    shareBringInPlan(token: number): BringInViewReply {
      const open = current();
      const other = held.get(token);
      if (!open) return noOpenFile();
      if (!other) return expired();
      const planned = planBringIn(open, other.loaded.file, other.loaded.file.scenarios.map((s) => s.id));
      if (!planned.ok) return planned;
      return { ok: true, view: bringInView(token, open, other.loaded, planned.plan, other.proposals) };
    },
    /** The chosen proposals brought in with the choices made: the proposals to add, checked as a file is on opening. */
    shareBringIn(token: number, chosen: readonly string[], choices: ReadonlyArray<[string, ProposalChoice]>): BringInReply {
      const open = current();
      const other = heldFile(token);
      if (!open) return noOpenFile();
      if (!other) return expired();
      const planned = planBringIn(open, other.file, chosen);
      if (!planned.ok) return planned;
      const plan: BringInPlan = planned.plan;
      const done = bringIn(open.file, plan, new Map(choices));
      if (!done.ok) return done;
      const added = done.result.file.scenarios.slice(open.file.scenarios.length);
      const nameOf = (id: string) => added.find((s) => s.id === id)?.name ?? id;
      return {
        ok: true,
        added,
        renamed: plan.renamed,
        backToDraft: done.result.backToDraft,
        notes: [
          shareError('$', 'share.broughtIn', {
            count: added.length,
            aside: plan.proposals.filter((p) => p.refused.length > 0 && choices.some(([id, c]) => id === p.sourceId && c === 'keepAside')).length,
            skipped: plan.proposals.reduce((sum, p) => sum + (choices.some(([id, c]) => id === p.sourceId && c === 'skip') ? p.refused.length : 0), 0),
          }),
          ...plan.renamed.map((r) => shareError('$.scenarios', 'share.renamed', r)),
          ...done.result.backToDraft.map((id) => shareError('$.scenarios', 'share.backToDraft', { proposal: nameOf(id) })),
        ],
      };
    },
    /** What differs between the open file (A) and the other (B): baselines, proposals, figures. */
    shareCompareFile(token: number, lang: Lang): FileDiffReply {
      const open = current();
      const other = heldFile(token);
      if (!open) return noOpenFile();
      if (!other) return expired();
      return { ok: true, view: fileDiffView(open, other, compareFiles(open, other, lang)) };
    },
    /** What differs between two proposals: of the open file, of a file read, or an earlier state of the open file. */
    shareCompareProposals(before: ProposalRef, after: ProposalRef, lang: Lang): ProposalDiffReply {
      const open = current();
      if (!open) return noOpenFile();
      const sides = [before, after].map((ref) => {
        const file = ref.file ?? (ref.token === undefined ? open.file : heldFile(ref.token)?.file);
        const scenario = file?.scenarios.find((s) => s.id === ref.scenarioId);
        return file && scenario && { file, scenario };
      });
      const [a, b] = sides;
      if (!a || !b) return expired();
      const compared = compareProposals(a, b, lang);
      if (!compared.ok) return { ok: false, errors: compared.errors };
      return { ok: true, view: proposalDiffView(a, b, compared.compared) };
    },
    /** The merge of the open file (ours) and the other copy, with the ancestor when given: every conflict to decide. */
    sharePlanMerge(theirs: number, ancestor: number | undefined): MergeViewReply {
      const open = current();
      const other = heldFile(theirs);
      const base = heldFile(ancestor);
      if (!open) return noOpenFile();
      if (!other || (ancestor !== undefined && !base)) return expired();
      const input = { ours: open.file, theirs: other.file, ...(base ? { ancestor: base.file } : {}) };
      const planned = planMerge(input);
      if (!planned.ok) return { ok: false, errors: planned.errors };
      merging = { plan: planned.plan, ours: open.file, theirs: other.file.title };
      return { ok: true, view: mergeView(planned.plan, input) };
    },
    /** The merge planned last, with the user's choices: the merged file, checked as a file is on opening. */
    shareApplyMerge(choices: ReadonlyArray<[string, MergeChoice]>): MergeReply {
      const open = current();
      if (!open) return noOpenFile();
      // planned on another state of the open file: its conflicts are not this one's
      if (!merging || merging.ours !== open.file) return expired();
      const merged = applyMerge(merging.plan, new Map(choices));
      if (!merged.ok) return merged;
      const title = merging.theirs;
      return { ok: true, file: merged.file, leftOut: merged.leftOut.length, notes: [shareError('$', 'merge.done', { title, leftOut: merged.leftOut.length })] };
    },
  };
}

export type ShareDesk = ReturnType<typeof createShareDesk>;
