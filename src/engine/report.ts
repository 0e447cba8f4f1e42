// SPEC §8: the report, the same byte for byte for the same file and language.
import type { Lang } from '../i18n';
import { renderEngine } from '../i18n/engine';
import { type Metrics, type Savings, computeSavings } from './figures';
import type { LoadedFile } from './load';
import { type Finding, type RuleId, type Severity, type Subject, checkRules, subjectText } from './rules';
import type { StateView } from './rules/types';
import type { OrgState } from '../model';
import { viewState } from './view';
import { moveBehind } from './derivation';
import { type Evaluated, evaluateMove } from './incremental';
import { LayeredMap } from './layered';

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

/** The findings for one state; with `baseline`, the scenario-only rules too. */
export function findingsOf(loaded: LoadedFile, current: StateView, baseline?: StateView, byUnit?: Map<string, Finding[]>): Finding[] {
  return checkRules({ current, baseline, functions: loaded.context.functions, settings: loaded.settings }, byUnit);
}

/** A state evaluated from nothing: its view, its findings, and each unit's findings. */
export function evaluateState(loaded: LoadedFile, state: OrgState, baseline?: StateView): Evaluated {
  const view = viewState(state);
  const byUnit = new Map<string, Finding[]>();
  const findings = findingsOf(loaded, view, baseline, byUnit);
  return { view, findings, findingsByUnit: LayeredMap.of<string, readonly Finding[]>(byUnit) };
}

export function renderFindings(findings: readonly Finding[], lang: Lang): Violation[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject, message: renderEngine(lang, f.message) }));
}

/**
 * Findings put into words once per language: a drop leaves the other scenarios' findings as they
 * were, and of the scenario it changed, only the findings it made anew are put into words.
 */
const rendered = new WeakMap<readonly Finding[], { lang: Lang; violations: Violation[] }>();
const renderedOne: Record<Lang, WeakMap<Finding, Violation>> = { zh: new WeakMap(), en: new WeakMap() };

function violationsOf(findings: readonly Finding[], lang: Lang): Violation[] {
  const kept = rendered.get(findings);
  if (kept?.lang === lang) return kept.violations;
  const one = renderedOne[lang];
  const violations = findings.map((finding) => {
    let violation = one.get(finding);
    if (!violation) one.set(finding, (violation = renderFindings([finding], lang)[0]!));
    return violation;
  });
  rendered.set(findings, { lang, violations });
  return violations;
}

/**
 * What a state's report holds, kept for the few states seen last: after a drop only the scenario
 * that changed is evaluated again (the others, and the baseline, are the same objects as before),
 * and when the state before the drop is still kept, only the two units the move touched are.
 * The key is the state with the baseline it is compared with; the settings and duties belong to
 * the loaded file, so they are in the key too.
 */
const RECENT_STATES = 16;
const evaluated = new Map<string, Evaluated>();
let nextKey = 0;
const keys = new WeakMap<object, number>();
const keyOf = (o: object) => {
  let key = keys.get(o);
  if (key === undefined) keys.set(o, (key = nextKey++));
  return key;
};

function evaluate(loaded: LoadedFile, state: OrgState, baseline?: Evaluated & { state: OrgState }): Evaluated {
  // the context is made anew for each loaded file, so it stands for the file's duties and rules
  const keyFor = (s: OrgState) => `${keyOf(loaded.context)}:${baseline ? keyOf(baseline.state) : '-'}:${keyOf(s)}`;
  const key = keyFor(state);
  const hit = evaluated.get(key);
  if (hit) {
    evaluated.delete(key);
    evaluated.set(key, hit); // most recent last
    return hit;
  }
  const move = moveBehind(state);
  const before = move && evaluated.get(keyFor(move.previous));
  const setting = { baseline: baseline?.view, functions: loaded.context.functions, settings: loaded.settings };
  const value = (before && evaluateMove(before, state, move.bureau, setting)) ?? evaluateState(loaded, state, baseline?.view);
  evaluated.set(key, value);
  while (evaluated.size > RECENT_STATES) evaluated.delete(evaluated.keys().next().value!);
  return value;
}

export function buildReport(loaded: LoadedFile, options: ReportOptions): Report {
  const baseline = { ...evaluate(loaded, loaded.baseline), state: loaded.baseline };
  const scenarios: ScenarioReport[] = [];
  loaded.file.scenarios.forEach((scenario, index) => {
    if (options.scenario !== undefined && scenario.id !== options.scenario) return;
    const current = evaluate(loaded, loaded.scenarios[index]!, baseline);
    scenarios.push({
      id: scenario.id,
      name: scenario.name,
      metrics: current.view.metrics,
      savings: computeSavings(baseline.view.metrics, current.view.metrics),
      violations: violationsOf(current.findings, options.lang),
    });
  });
  return {
    format: 'zonereform/report',
    version: 1,
    baseline: { metrics: baseline.view.metrics, violations: violationsOf(baseline.findings, options.lang) },
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
