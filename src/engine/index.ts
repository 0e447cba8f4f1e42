export { type ApplyContext, type ApplyResult, type Effect, type Refusal, applyOperation } from './apply';
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
export { type JsonReport, type Report, type ReportOptions, type ScenarioReport, type Violation, buildReport, reportJson } from './report';
export { type Evaluator, createEvaluator, evaluateState, findingsOf, renderFindings } from './evaluator';
export { DEFAULT_RULES, type Finding, RULE_IDS, type RuleId, type RuleSettingsResolved, type Severity, type Subject, resolveSettings, subjectText } from './rules';
export { viewState } from './view';
export { ownValue, unitFiguresOf } from './byId';
export { type ChangeLine, describeChanges } from './changes';
export { type EngineSession, type OpenReply, type StepReply, createSession } from './session';
export { type AdjustmentRow, type BureauChange, adjustmentTable } from './diff';
export { type SavingsBreakdown, savingsBreakdown } from './breakdown';
export { ECONOMIC_RATIO, FIGURES, FIGURES_WITH_PARTS, type FigureDef, type FigureId, SAVINGS, SAVING_SOURCES, type SavingDef, type SavingId, type SavingSource } from './figureTable';
