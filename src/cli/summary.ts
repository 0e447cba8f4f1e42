// The readable summary of a report (evaluate without --json): figures side by side, savings,
// and every violation in words.
import { type Lang, type MessageKey, percent, translate } from '../i18n';
import { translateCli } from '../i18n/cli';
import { type Report, type Violation, subjectText, unitFiguresOf } from '../engine';
import { FIGURES, SAVINGS, figureDef } from '../engine/figureTable';
import type { ScenarioFile } from '../model';
import { formatTable } from './table';
import { terminalSafe } from './terminal';

const t = (lang: Lang, key: MessageKey) => translate(lang, key, {} as never);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const ratio = (r: number | null | undefined) => (r === null || r === undefined ? '—' : percent(r));

/** Names and messages come from the file: made safe before they reach the terminal (see terminal.ts). */
export function formatSummary(file: ScenarioFile, report: Report, lang: Lang): string {
  const proposals = report.scenarios.map((s) => ({ ...s, name: terminalSafe(s.name) }));
  const states = [{ name: t(lang, 'state.baseline'), metrics: report.baseline.metrics }, ...proposals];
  const header = [translateCli(lang, 'cli.figure', {}), ...states.map((s) => s.name)];
  const figureRows = FIGURES.map(({ label, read }) => [t(lang, label), ...states.map((s) => String(read(s.metrics)))]);
  const ratioRows = file.units
    .filter((unit) => unit.kind === 'zone' || unit.kind === 'office')
    .map((unit) => [translateCli(lang, 'cli.ratioOf', { unit: terminalSafe(unit.name) }), ...states.map((s) => ratio(unitFiguresOf(s.metrics, unit.id)?.economicRatio))]);
  const parts = [terminalSafe(file.region ? `${file.title} · ${file.region}` : file.title), '', formatTable(header, [...figureRows, ...ratioRows])];
  if (report.scenarios.length > 0) {
    const savingsHeader = [translateCli(lang, 'cli.savings', {}), ...proposals.map((s) => s.name)];
    const savingsRows = SAVINGS.map(({ id, figure }) => [t(lang, figureDef(figure).label), ...report.scenarios.map((s) => signed(s.savings[id]))]);
    parts.push('', formatTable(savingsHeader, savingsRows));
  }
  parts.push('', formatViolations(states[0]!.name, report.baseline.violations, lang));
  for (const scenario of proposals) parts.push('', formatViolations(scenario.name, scenario.violations, lang));
  return `${parts.join('\n')}\n`;
}

function formatViolations(state: string, violations: readonly Violation[], lang: Lang): string {
  if (violations.length === 0) return translateCli(lang, 'cli.noViolations', { state });
  const errors = violations.filter((v) => v.severity === 'error').length;
  const lines = [translateCli(lang, 'cli.violations', { state, errors, warnings: violations.length - errors })];
  for (const v of violations) {
    const mark = v.severity === 'error' ? '✖' : '⚠';
    lines.push(`  ${mark} ${t(lang, `severity.${v.severity}`)} [${v.rule} · ${terminalSafe(subjectText(v.subject))}] ${terminalSafe(v.message)}`);
  }
  return lines.join('\n');
}
