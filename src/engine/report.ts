// SPEC §8: the report, the same byte for byte for the same file and language.
import type { Lang } from '../i18n';
import { type Evaluator, createEvaluator } from './evaluator';
import { type Metrics, type Savings, computeSavings } from './figures';
import type { LoadedFile } from './load';
import { type RuleId, type Severity, type Subject, subjectText } from './rules';

export interface Violation {
  rule: RuleId;
  severity: Severity;
  /** What breaks the rule, typed: the JSON report writes it as SPEC §7 does (see `reportJson`). */
  subject: Subject;
  message: string;
}

export interface ScenarioReport {
  id: string;
  name: string;
  metrics: Metrics;
  savings: Savings;
  violations: Violation[];
}

export interface Report {
  format: 'zonereform/report';
  version: 1;
  baseline: { metrics: Metrics; violations: Violation[] };
  scenarios: ScenarioReport[];
}

export interface ReportOptions {
  lang: Lang;
  /** Only this scenario (the baseline is always there). */
  scenario?: string;
}

/**
 * The report of a loaded file. A session passes the evaluator it keeps, so that after a drop only
 * what the drop changed is evaluated again; without one, every state is evaluated afresh.
 */
export function buildReport(loaded: LoadedFile, options: ReportOptions, evaluator: Evaluator = createEvaluator()): Report {
  const baseline = { ...evaluator.evaluate(loaded, loaded.baseline), state: loaded.baseline };
  const scenarios: ScenarioReport[] = [];
  loaded.file.scenarios.forEach((scenario, index) => {
    if (options.scenario !== undefined && scenario.id !== options.scenario) return;
    const current = evaluator.evaluate(loaded, loaded.scenarios[index]!, baseline);
    scenarios.push({
      id: scenario.id,
      name: scenario.name,
      metrics: current.view.metrics,
      savings: computeSavings(baseline.view.metrics, current.view.metrics),
      violations: evaluator.violationsOf(current.findings, options.lang),
    });
  });
  return {
    format: 'zonereform/report',
    version: 1,
    baseline: { metrics: baseline.view.metrics, violations: evaluator.violationsOf(baseline.findings, options.lang) },
    scenarios,
  };
}

/** A violation as the JSON report of SPEC §8 writes it: the subject as a string. */
export type JsonViolation = Omit<Violation, 'subject'> & { subject: string };
export type JsonReport = Omit<Report, 'baseline' | 'scenarios'> & {
  baseline: { metrics: Metrics; violations: JsonViolation[] };
  scenarios: Array<Omit<ScenarioReport, 'violations'> & { violations: JsonViolation[] }>;
};

/** The report as `evaluate --json` prints it (SPEC §8): the same, with each subject as a string. */
export function reportJson(report: Report): JsonReport {
  const violations = (list: readonly Violation[]) => list.map((v): JsonViolation => ({ rule: v.rule, severity: v.severity, subject: subjectText(v.subject), message: v.message }));
  return {
    format: report.format,
    version: report.version,
    baseline: { metrics: report.baseline.metrics, violations: violations(report.baseline.violations) },
    scenarios: report.scenarios.map((s) => ({ id: s.id, name: s.name, metrics: s.metrics, savings: s.savings, violations: violations(s.violations) })),
  };
}
