// Working with colleagues' files: bring their proposals in, see what differs, merge two edited
// copies. Pure functions over the model and the engine (no DOM, no state of their own), so the
// command line, the worker and the app can all use them.
export { canonical, sameValue } from './canonical';
export { type Baseline, type BaselineDiff, diffBaselines, isSameBaseline, patchBaseline, rulesOf } from './baseline';
export { type FieldChange, type RecordChange } from './records';
export { type OperationChange, diffOperations, patchOperations, subjectOf } from './operations';
export { type FileDiff, type ProposalChange, diffFiles, isEmptyDiff, patchFile } from './fileDiff';
export { type FigureDifference, type FiguresCompared, type ProposalSide, type StateFigures, compareStates } from './figures';
export { type FilesCompared, type ProposalsCompared, type ProposalsComparedResult, compareFiles, compareProposals } from './compare';
export { type BringInPlan, type BringInResult, type BroughtIn, type IncomingProposal, type PlanResult, type RefusedOperation, bringIn, planBringIn } from './bringIn';
export { NOT_APPLIED_KEY, type NotApplied, type ProposalChoice, type RefusedRecord, proposalAsItCame, readNotApplied } from './notApplied';
export { type Conflict, type MergeChoice, type MergeInput, type MergePlan, type MergePlanResult, planMerge } from './merge/plan';
export { type LeftOut, type MergeResult, applyMerge } from './merge/apply';
export { instantOf } from './merge/time';
export { validateFile } from './validate';
export { type KeptAside, type Organisation, type ReplaceResult, replaceBaseline } from './replaceBaseline';
export { type ShareDesk, createShareDesk } from './desk';
export type * from './deskViews';
export type { Names, ProposalSummary } from './views';
