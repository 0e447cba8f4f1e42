// The readable summary of `npm run diff` (without --json), in the style of `npm run evaluate`:
// what differs in the file, today's organisation and each proposal, then the figures side by side.
// Everything taken from the files is made safe for a terminal (./terminal.ts) before it is printed.
import { type ChangeLine, type LoadedFile, describeChanges } from '../engine';
import type { FieldChange, FiguresCompared, FilesCompared, OperationChange, RecordChange, StateFigures } from '../engine/share';
import { type Lang, percent, render, translate } from '../i18n';
import { renderChange } from '../i18n/changes';
import { type ShareKey, shareText } from '../i18n/share';
import type { Operation, Scenario } from '../model';
import { formatTable } from './table';
import { terminalSafe } from './terminal';

export interface DiffContext {
  a: LoadedFile;
  b: LoadedFile;
  paths: readonly string[];
  lang: Lang;
  same: boolean;
}

const TOTALS = ['bodies.internal', 'bodies.institution', 'bodies.total', 'staff.admin', 'staff.institutional', 'staff.total', 'leaderPosts', 'released'];
const SAVINGS = ['bodies', 'internalBodies', 'staff', 'adminStaff', 'institutionalStaff', 'leaderPosts', 'released'];

export function formatDiff(compared: FilesCompared, context: DiffContext): string {
  const { lang } = context;
  const t = (key: ShareKey, args: object = {}) => shareText(lang, key, args as never);
  const parts = [t('diff.sides', { a: `${terminalSafe(context.paths[0]!)} — ${terminalSafe(context.a.file.title)}`, b: `${terminalSafe(context.paths[1]!)} — ${terminalSafe(context.b.file.title)}` })];
  if (context.same) return `${[...parts, '', t('diff.same')].join('\n')}\n`;
  const { diff } = compared;
  const value = (v: unknown) => showValue(v, lang);
  const fields = (changes: readonly FieldChange[]) =>
    changes.map((f) => `${t('diff.field', { field: f.field })} ${value(f.before)} → ${value(f.after)}`).join(lang === 'zh' ? '；' : '; ');
  if (diff.file.length > 0) parts.push('', t('diff.section.file'), ...diff.file.map((f) => `  ${fields([f])}`));
  const baseline = [
    ...records(diff.baseline.units, t('diff.unit'), fields, t, lang),
    ...records(diff.baseline.bureaus, t('diff.bureau'), fields, t, lang),
    ...records(diff.baseline.functions, t('diff.function'), fields, t, lang),
    ...(diff.baseline.rules.length > 0 ? [`  ~ ${t('diff.rules')}${colonOf(lang)}${fields(diff.baseline.rules)}`] : []),
  ];
  if (baseline.length > 0) parts.push('', t('diff.section.baseline'), ...baseline);
  if (diff.proposals.length > 0) {
    parts.push('', t('diff.section.proposals'));
    for (const p of diff.proposals) {
      if (p.change !== 'changed') {
        const s = p.change === 'added' ? p.after : p.before;
        const side = t(p.change === 'added' ? 'diff.onlyB' : 'diff.onlyA');
        parts.push(`  ${p.change === 'added' ? '+' : '−'} ${terminalSafe(s.id)} ${quote(s.name, lang)}${aside(`${side}${lang === 'zh' ? '，' : ', '}${t('diff.proposalOps', { count: s.operations.length })}`, lang)}`);
        continue;
      }
      parts.push(`  ~ ${terminalSafe(p.id)} ${quote(p.name, lang)}`);
      if (p.fields.length > 0) parts.push(`      ${fields(p.fields)}`);
      const sentences = sentencesFor(p.id, context);
      for (const op of p.operations) parts.push(`      ${operationLine(op, sentences, fields, t, lang)}`);
    }
  }
  const figureParts = compared.figures.flatMap((f) => figuresOf(f, context, t));
  if (figureParts.length > 0) parts.push('', t('diff.section.figures'), ...figureParts);
  parts.push('', t('diff.summary', { units: diff.baseline.units.length, bureaus: diff.baseline.bureaus.length, proposals: diff.proposals.length }));
  return `${parts.join('\n')}\n`;
}

type T = (key: ShareKey, args?: object) => string;

const colonOf = (lang: Lang) => (lang === 'zh' ? '：' : ': ');
const aside = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);

function quote(text: string, lang: Lang): string {
  return lang === 'zh' ? `“${terminalSafe(text)}”` : `"${terminalSafe(text)}"`;
}

function showValue(v: unknown, lang: Lang): string {
  if (v === undefined) return shareText(lang, 'diff.absent', {});
  if (typeof v === 'string') return quote(v.length > 80 ? `${v.slice(0, 80)}…` : v, lang);
  const text = terminalSafe(JSON.stringify(v));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function records<R extends { id: string; name: string }>(changes: readonly RecordChange<R>[], what: string, fields: (c: readonly FieldChange[]) => string, t: T, lang: Lang): string[] {
  return changes.map((c) => {
    const record = c.change === 'removed' ? c.before : c.after;
    const head = `${what} ${terminalSafe(c.id)} ${quote(record.name, lang)}`;
    if (c.change === 'added') return `  + ${head}${aside(t('diff.onlyB'), lang)}`;
    if (c.change === 'removed') return `  − ${head}${aside(t('diff.onlyA'), lang)}`;
    return `  ~ ${head}${colonOf(lang)}${fields(c.fields)}`;
  });
}

/** The change-list sentence of each operation, as it stands in A and in B. */
function sentencesFor(id: string, context: DiffContext): { a: ChangeLine[]; b: ChangeLine[] } {
  const of = (loaded: LoadedFile) => {
    const scenario: Scenario | undefined = loaded.file.scenarios.find((s) => s.id === id);
    return scenario ? describeChanges(loaded.baseline, scenario.operations, loaded.context) : [];
  };
  return { a: of(context.a), b: of(context.b) };
}

function operationLine(op: OperationChange, sentences: { a: ChangeLine[]; b: ChangeLine[] }, fields: (c: readonly FieldChange[]) => string, t: T, lang: Lang): string {
  const sentence = (lines: ChangeLine[], index: number, operation: Operation) => {
    const line = lines[index];
    const text = line ? renderChange(lang, line.message) : operation.op;
    const byAt = operation.by !== undefined || operation.at !== undefined ? ` ${t('diff.byAt', { by: operation.by ?? '', at: operation.at ?? '' })}` : '';
    return terminalSafe(`${text}${byAt}`);
  };
  const colon = colonOf(lang);
  if (op.change === 'added') return `+ ${t('diff.opAdded', { index: op.after })}${colon}${sentence(sentences.b, op.after, op.operation)}`;
  if (op.change === 'removed') return `− ${t('diff.opRemoved', { index: op.before })}${colon}${sentence(sentences.a, op.before, op.operation)}`;
  return `~ ${t('diff.opChanged', { before: op.before, after: op.after })}${colon}${sentence(sentences.b, op.after, op.becomes)}${aside(fields(op.fields), lang)}`;
}

function figuresOf(f: FiguresCompared, context: DiffContext, t: T): string[] {
  if (f.differences.length === 0 && f.violations.added.length === 0 && f.violations.removed.length === 0) return [];
  const { lang } = context;
  const name = f.state === 'baseline' ? translate(lang, 'state.baseline', {}) : `${terminalSafe(proposalName(f.state, context))}${aside(terminalSafe(f.state), lang)}`;
  const cell = (v: number | null | undefined, ratio = false) => (v === undefined ? '—' : v === null ? '—' : ratio ? percent(v) : String(v));
  const delta = (before: number | null | undefined, after: number | null | undefined) =>
    typeof before === 'number' && typeof after === 'number' && before !== after ? signed(after - before) : '';
  const read = (side: StateFigures | undefined, figure: string): number | undefined => {
    if (!side) return undefined;
    if (figure.startsWith('savings.')) return side.savings?.[figure.slice('savings.'.length) as keyof NonNullable<StateFigures['savings']>];
    const [group, part] = figure.split('.') as [string, string | undefined];
    const value = (side.metrics as unknown as Record<string, unknown>)[group];
    return part === undefined ? (value as number) : (value as Record<string, number>)[part];
  };
  const rows: string[][] = [];
  const figures = [...TOTALS, ...(f.before?.savings || f.after?.savings ? SAVINGS.map((s) => `savings.${s}`) : [])];
  for (const figure of figures) {
    const [before, after] = [read(f.before, figure), read(f.after, figure)];
    rows.push([t('diff.figureName', { figure }), cell(before), cell(after), delta(before, after)]);
  }
  for (const d of f.differences) {
    if (d.unit === undefined) continue;
    const unitName = unitNameOf(d.unit, context, f.state);
    const ratio = d.figure === 'economicRatio';
    rows.push([t('diff.unitFigure', { unit: terminalSafe(unitName), figure: t('diff.figureName', { figure: d.figure }) }), cell(d.before, ratio), cell(d.after, ratio), ratio ? '' : delta(d.before, d.after)]);
  }
  const lines = ['', name, ...formatTable([t('diff.figure'), 'A', 'B', t('diff.delta')], rows).split('\n').map((l) => `  ${l}`)];
  const mark = (severity: string) => (severity === 'error' ? '✖' : '⚠');
  for (const v of f.violations.added) lines.push(`  + ${t('diff.violationNew')} ${mark(v.severity)} [${v.rule} · ${terminalSafe(v.subject)}] ${terminalSafe(v.message)}`);
  for (const v of f.violations.removed) lines.push(`  − ${t('diff.violationGone')} ${mark(v.severity)} [${v.rule} · ${terminalSafe(v.subject)}] ${terminalSafe(v.message)}`);
  return lines;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function proposalName(id: string, context: DiffContext): string {
  return (context.b.file.scenarios.find((s) => s.id === id) ?? context.a.file.scenarios.find((s) => s.id === id))?.name ?? id;
}

/** A unit's name where the state has it (a proposal may add units), with its id. */
function unitNameOf(id: string, context: DiffContext, state: string): string {
  const statesOf = (loaded: LoadedFile) => {
    const index = loaded.file.scenarios.findIndex((s) => s.id === state);
    return index < 0 ? [loaded.baseline] : [loaded.scenarios[index]!, loaded.baseline];
  };
  const unit = [...statesOf(context.b), ...statesOf(context.a)].map((s) => s.units.find((u) => u.id === id)).find((u) => u !== undefined);
  return unit ? `${unit.name}${aside(id, context.lang)}` : id;
}
