// The readable summary of a report (evaluate without --json): figures side by side, savings,
// and every violation in words.
import { type Lang, type MessageKey, percent, translate } from '../i18n';
import { type Metrics, type Report, type Savings, type Violation, unitFiguresOf } from '../engine';
import type { ScenarioFile } from '../model';
import { formatTable } from './table';
import { terminalSafe } from './terminal';

const FIGURES: ReadonlyArray<[MessageKey, (m: Metrics) => number]> = [
  ['metric.bodies.internal', (m) => m.bodies.internal],
  ['metric.bodies.institution', (m) => m.bodies.institution],
  ['metric.bodies.total', (m) => m.bodies.total],
  ['metric.staff.admin', (m) => m.staff.admin],
  ['metric.staff.institutional', (m) => m.staff.institutional],
  ['metric.staff.total', (m) => m.staff.total],
  ['metric.leaderPosts', (m) => m.leaderPosts],
  ['metric.released', (m) => m.released],
];

const SAVINGS: ReadonlyArray<[MessageKey, keyof Savings]> = [
  ['metric.bodies.total', 'bodies'],
  ['metric.bodies.internal', 'internalBodies'],
  ['metric.staff.total', 'staff'],
  ['metric.staff.admin', 'adminStaff'],
  ['metric.staff.institutional', 'institutionalStaff'],
  ['metric.leaderPosts', 'leaderPosts'],
  ['metric.released', 'released'],
];

const t = (lang: Lang, key: MessageKey) => translate(lang, key, {} as never);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const ratio = (r: number | null | undefined) => (r === null || r === undefined ? '—' : percent(r));

/** Names and messages come from the file: escaped before they reach the terminal (see terminal.ts). */
export function formatSummary(file: ScenarioFile, report: Report, lang: Lang): string {
  const states = [
    { name: t(lang, 'state.baseline'), metrics: report.baseline.metrics },
    ...report.scenarios.map((s) => ({ ...s, name: terminalSafe(s.name) })),
  ];
  const header = [t(lang, 'cli.figure'), ...states.map((s) => s.name)];
  const figureRows = FIGURES.map(([key, read]) => [t(lang, key), ...states.map((s) => String(read(s.metrics)))]);
  const ratioRows = file.units
    .filter((unit) => unit.kind === 'zone' || unit.kind === 'office')
    .map((unit) => [translate(lang, 'cli.ratioOf', { unit: terminalSafe(unit.name) }), ...states.map((s) => ratio(unitFiguresOf(s.metrics, unit.id)?.economicRatio))]);
  const title = terminalSafe(file.region ? `${file.title} · ${file.region}` : file.title);
  const parts = [title, '', formatTable(header, [...figureRows, ...ratioRows])];
  if (report.scenarios.length > 0) {
    const savingsHeader = [t(lang, 'cli.savings'), ...states.slice(1).map((s) => s.name)];
    const savingsRows = SAVINGS.map(([key, name]) => [t(lang, key), ...report.scenarios.map((s) => signed(s.savings[name]))]);
    parts.push('', formatTable(savingsHeader, savingsRows));
  }
  parts.push('', formatViolations(states[0]!.name, report.baseline.violations, lang));
  for (const scenario of states.slice(1) as typeof report.scenarios) parts.push('', formatViolations(scenario.name, scenario.violations, lang));
  return `${parts.join('\n')}\n`;
}

function formatViolations(state: string, violations: readonly Violation[], lang: Lang): string {
  if (violations.length === 0) return translate(lang, 'cli.noViolations', { state });
  const errors = violations.filter((v) => v.severity === 'error').length;
  const lines = [translate(lang, 'cli.violations', { state, errors, warnings: violations.length - errors })];
  for (const v of violations) {
    const mark = v.severity === 'error' ? '✖' : '⚠';
    lines.push(`  ${mark} ${t(lang, `severity.${v.severity}`)} [${v.rule} · ${terminalSafe(v.subject)}] ${terminalSafe(v.message)}`);
  }
  return lines.join('\n');
}
