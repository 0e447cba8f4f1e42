// "See what differs" (issue: bring proposals in, diff, merge): between two files, or between two
// proposals — of one file, of two files, or a proposal and an earlier state of it.
import type { Lang } from '../../i18n';
import type { FileError } from '../../model';
import type { LoadedFile } from '../load';
import { type BaselineDiff, diffBaselines } from './baseline';
import { type FileDiff, diffFiles, diffProposal } from './fileDiff';
import { type FiguresCompared, type ProposalSide, compareFileFigures, compareProposalFigures, loadProposal } from './figures';
import type { OperationChange } from './operations';
import type { FieldChange } from './records';

export interface FilesCompared {
  diff: FileDiff;
  figures: FiguresCompared[];
}

export function compareFiles(a: LoadedFile, b: LoadedFile, lang: Lang): FilesCompared {
  return { diff: diffFiles(a.file, b.file), figures: compareFileFigures(a, b, lang) };
}

export interface ProposalsCompared {
  /** Empty when both proposals stand on the same baseline (the same file, or one with the same organisation). */
  baseline: BaselineDiff;
  fields: FieldChange[];
  operations: OperationChange[];
  figures: FiguresCompared;
}

export type ProposalsComparedResult = { ok: true; compared: ProposalsCompared } | { ok: false; side: 'before' | 'after'; errors: FileError[] };

export function compareProposals(before: ProposalSide, after: ProposalSide, lang: Lang): ProposalsComparedResult {
  const a = loadProposal(before);
  if (!a.ok) return { ok: false, side: 'before', errors: a.errors };
  const b = loadProposal(after);
  if (!b.ok) return { ok: false, side: 'after', errors: b.errors };
  const { fields, operations } = diffProposal(before.scenario, after.scenario);
  return {
    ok: true,
    compared: { baseline: diffBaselines(before.file, after.file), fields, operations, figures: compareProposalFigures(a.loaded, b.loaded, lang) },
  };
}
