export { type ApplyContext, type ApplyResult, type Refusal, applyOperation } from './apply';
export { type Metrics, type Savings, type UnitMetrics, computeMetrics, computeSavings } from './figures';
export {
  type LoadResult,
  type LoadedFile,
  type PlayResult,
  baselineOf,
  contextOf,
  loadParsedFile,
  loadScenarioFile,
  playOperations,
  refusalError,
} from './load';
export { type Report, type ReportOptions, type ScenarioReport, type Violation, buildReport, findingsOf, renderFindings, settingsOf } from './report';
export { DEFAULT_RULES, type Finding, RULE_IDS, type RuleId, type Severity } from './rules';
export { viewState } from './view';
export { ownValue, unitFiguresOf } from './byId';
export { type ChangeLine, describeChanges } from './changes';
export { type EngineSession, type OpenReply, type ChangeReply, createSession } from './session';
export { type AdjustmentRow, type BureauChange, adjustmentTable } from './diff';
export { CHANGE_KINDS, type ChangeKind, type SavingsBreakdown, savingsBreakdown } from './breakdown';
