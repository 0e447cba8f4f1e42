// What the engine says, computed in Node from the same file: the truth the page must show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Report, applyOperation, buildReport, contextOf, describeChanges, loadParsedFile, subjectText } from '../../src/engine';
import { type Lang, render } from '../../src/i18n';
import { BASELINE_ID, type Operation, type Scenario, type ScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { renderChange } from '../../src/i18n/changes';

export function exampleFile(name = 'xishan-1-plus-4.json'): ScenarioFile {
  const parsed = parseScenarioFile(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8'));
  if (!parsed.ok) throw new Error(`example ${name} is invalid`);
  return parsed.file;
}

/** The file with operations appended to one scenario. */
export function withOperations(file: ScenarioFile, scenarioId: string, operations: Operation[]): ScenarioFile {
  if (!file.scenarios.some((s) => s.id === scenarioId)) throw new Error(`no scenario ${scenarioId}`);
  return { ...file, scenarios: file.scenarios.map((s) => (s.id === scenarioId ? { ...s, operations: [...s.operations, ...operations] } : s)) };
}

/** The file whose organisation today (the baseline) has had one operation applied. */
export function withBaselineOperation(file: ScenarioFile, operation: Operation): ScenarioFile {
  const result = applyOperation({ units: file.units, bureaus: file.bureaus }, operation, contextOf(file));
  if (!result.ok) throw new Error(JSON.stringify(result.refusals));
  return { ...file, units: [...result.state.units], bureaus: [...result.state.bureaus] };
}

/** The file with one more scenario at the end. */
export function withScenario(file: ScenarioFile, scenario: Scenario): ScenarioFile {
  return { ...file, scenarios: [...file.scenarios, scenario] };
}

function loaded(file: ScenarioFile) {
  const result = loadParsedFile(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.loaded;
}

export function reportOf(file: ScenarioFile, lang: Lang = 'zh'): Report {
  return buildReport(loaded(file), { lang });
}

/** The report after appending operations to a scenario ("baseline" edits the organisation). */
export function reportAfter(file: ScenarioFile, scenarioId: string, operations: Operation[], lang: Lang = 'zh'): Report {
  return reportOf(withOperations(file, scenarioId, operations), lang);
}

/** The change list (调整清单) of a scenario, one sentence per operation, as the engine words it. */
export function changeSentences(file: ScenarioFile, scenarioId: string, lang: Lang = 'zh'): string[] {
  const l = loaded(file);
  const scenario = file.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  return describeChanges(l.baseline, scenario.operations, l.context).map((line) => renderChange(lang, line.message));
}

export type Values = Record<string, number | null>;

/** Every hook of SPEC §10 the page should show for one scenario of a file, with its value. */
export interface ExpectedScreen {
  report: Report;
  /** data-metric: the totals, each unit's figures, and the economic ratio of each zone and office. */
  metric: Values;
  /** data-baseline-metric: the totals, and each ratio that differs from today's (scenarios only). */
  baselineMetric: Values;
  /** data-saving (scenarios only). */
  saving: Values;
  /** "rule subject" of each violation, sorted. */
  violations: string[];
}

export const FIGURES = ['bodies.internal', 'bodies.institution', 'bodies.total', 'staff.admin', 'staff.institutional', 'staff.total', 'leaderPosts', 'released'] as const;
export const SAVINGS = ['bodies', 'internalBodies', 'staff', 'adminStaff', 'institutionalStaff', 'leaderPosts', 'released'] as const;

const read = (path: string, m: object): number => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m) as number;

export function expectedScreen(file: ScenarioFile, scenarioId: string, lang: Lang = 'zh'): ExpectedScreen {
  const l = loaded(file);
  const report = buildReport(l, { lang });
  const index = file.scenarios.findIndex((s) => s.id === scenarioId);
  if (scenarioId !== BASELINE_ID && index < 0) throw new Error(`no scenario ${scenarioId}`);
  const scenario = index < 0 ? undefined : report.scenarios.find((s) => s.id === scenarioId)!;
  const state = index < 0 ? l.baseline : l.scenarios[index]!;
  const metrics = scenario?.metrics ?? report.baseline.metrics;
  const base = report.baseline.metrics;
  const metric: Values = {};
  const baselineMetric: Values = {};
  const saving: Values = {};
  for (const path of FIGURES) {
    metric[path] = read(path, metrics);
    baselineMetric[path] = read(path, base);
  }
  for (const unit of state.units) {
    const u = metrics.units[unit.id]!;
    metric[`units.${unit.id}.bodies`] = u.bodies;
    metric[`units.${unit.id}.staff`] = u.staff;
    metric[`units.${unit.id}.leaderPosts`] = u.leaderPosts;
    if (unit.kind === 'zone' || unit.kind === 'office') {
      metric[`units.${unit.id}.economicRatio`] = u.economicRatio;
      const before = base.units[unit.id]?.economicRatio;
      if (scenario && before !== undefined && before !== u.economicRatio) baselineMetric[`units.${unit.id}.economicRatio`] = before;
    }
  }
  if (scenario) for (const name of SAVINGS) saving[name] = scenario.savings[name];
  const violations = (scenario?.violations ?? report.baseline.violations).map((v) => `${v.rule} ${subjectText(v.subject)}`).sort();
  return { report, metric, baselineMetric, saving, violations };
}
