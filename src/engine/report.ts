// SPEC §8: the report, the same byte for byte for the same file and language.
import { type Lang, render } from '../i18n';
import { type Metrics, type Savings, computeSavings } from './figures';
import type { LoadedFile } from './load';
import { DEFAULT_RULES, type Finding, type RuleSettingsResolved, type Severity, checkRules } from './rules';
import type { StateView } from './rules/types';
import { viewState } from './view';

export interface Violation {
  rule: string;
  severity: Severity;
  subject: string;
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

export function settingsOf(loaded: LoadedFile): RuleSettingsResolved {
  return { ...DEFAULT_RULES, ...loaded.file.rules };
}

/** The findings for one state; with `baseline`, the scenario-only rules too. */
export function findingsOf(loaded: LoadedFile, current: StateView, baseline?: StateView): Finding[] {
  return checkRules({ current, baseline, functions: loaded.context.functions, settings: settingsOf(loaded) });
}

export function renderFindings(findings: readonly Finding[], lang: Lang): Violation[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject, message: render(lang, f.message) }));
}

export function buildReport(loaded: LoadedFile, options: ReportOptions): Report {
  const baseline = viewState(loaded.baseline);
  const scenarios: ScenarioReport[] = [];
  loaded.file.scenarios.forEach((scenario, index) => {
    if (options.scenario !== undefined && scenario.id !== options.scenario) return;
    const current = viewState(loaded.scenarios[index]!);
    scenarios.push({
      id: scenario.id,
      name: scenario.name,
      metrics: current.metrics,
      savings: computeSavings(baseline.metrics, current.metrics),
      violations: renderFindings(findingsOf(loaded, current, baseline), options.lang),
    });
  });
  return {
    format: 'zonereform/report',
    version: 1,
    baseline: { metrics: baseline.metrics, violations: renderFindings(findingsOf(loaded, baseline), options.lang) },
    scenarios,
  };
}
