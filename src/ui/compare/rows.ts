// The rows of the compare table: every figure of SPEC §6, every saving, the rules broken, and
// each zone's economic share; and which way is better for each.
import { ECONOMIC_RATIO, FIGURES, type FigureDef, SAVINGS, type SavingDef, unitFiguresOf } from '../../app/figures';
import type { Metrics, Report, ScenarioReport } from '../../engine';
import type { MessageKey } from '../../i18n';
import type { Unit } from '../../model';

export interface CompareRow {
  key: string;
  label: MessageKey;
  labelArgs?: Record<string, string>;
  /** SPEC §10 hook on each value: data-metric, or data-saving for savings rows. */
  hook: { kind: 'metric' | 'saving' | 'count'; path: string };
  better: 'lower' | 'higher';
  kind: 'count' | 'ratio';
  value(state: { metrics: Metrics; savings?: ScenarioReport['savings']; violations: Report['baseline']['violations'] }): number | null;
  /** Rows of savings have no value for today. */
  savingsOnly?: boolean;
  group: 'figures' | 'savings' | 'rules' | 'ratios';
}

const metric = (figure: FigureDef): CompareRow => ({
  key: figure.id,
  label: figure.label,
  hook: { kind: 'metric', path: figure.id },
  better: figure.better,
  kind: figure.format,
  value: ({ metrics }) => figure.read(metrics),
  group: 'figures',
});

const saving = ({ id, label, better, format }: SavingDef): CompareRow => ({
  key: `saving.${id}`,
  label,
  hook: { kind: 'saving', path: id },
  better,
  kind: format,
  value: ({ savings }) => (savings ? savings[id] : null),
  savingsOnly: true,
  group: 'savings',
});

export function compareRows(units: readonly Unit[]): CompareRow[] {
  return [
    ...FIGURES.map(metric),
    ...SAVINGS.map(saving),
    {
      key: 'errors', label: 'compare.errors', hook: { kind: 'count', path: 'errors' }, better: 'lower', kind: 'count', group: 'rules',
      value: ({ violations }) => violations.filter((v) => v.severity === 'error').length,
    },
    {
      key: 'warnings', label: 'compare.warnings', hook: { kind: 'count', path: 'warnings' }, better: 'lower', kind: 'count', group: 'rules',
      value: ({ violations }) => violations.filter((v) => v.severity === 'warning').length,
    },
    ...units
      .filter((u) => u.kind === 'zone' || u.kind === 'office')
      .map((u): CompareRow => ({
        key: `ratio.${u.id}`,
        label: 'compare.ratioOf',
        labelArgs: { unit: u.name },
        hook: { kind: 'metric', path: `units.${u.id}.economicRatio` },
        better: ECONOMIC_RATIO.better,
        kind: ECONOMIC_RATIO.format,
        group: 'ratios',
        value: ({ metrics }) => unitFiguresOf(metrics, u.id)?.economicRatio ?? null,
      })),
  ];
}

/** The best value among the proposals, or undefined when they are all equal (nothing to mark). */
export function bestOf(row: CompareRow, values: ReadonlyArray<number | null>): number | undefined {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return undefined;
  const best = row.better === 'lower' ? Math.min(...present) : Math.max(...present);
  return present.every((v) => v === best) ? undefined : best;
}
