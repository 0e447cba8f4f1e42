// The rows of the compare table: every figure of SPEC §6, every saving, the rules broken, and
// each zone's economic share; and which way is better for each.
import type { Metrics, Report, ScenarioReport } from '../../engine';
import { unitFiguresOf } from '../../engine/byId';
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

const metric = (path: string, label: MessageKey, read: (m: Metrics) => number): CompareRow => ({
  key: path,
  label,
  hook: { kind: 'metric', path },
  better: path === 'released' ? 'higher' : 'lower',
  kind: 'count',
  value: ({ metrics }) => read(metrics),
  group: 'figures',
});

const saving = (name: keyof ScenarioReport['savings'], label: MessageKey): CompareRow => ({
  key: `saving.${name}`,
  label,
  hook: { kind: 'saving', path: name },
  better: 'higher',
  kind: 'count',
  value: ({ savings }) => (savings ? savings[name] : null),
  savingsOnly: true,
  group: 'savings',
});

export function compareRows(units: readonly Unit[]): CompareRow[] {
  return [
    metric('bodies.internal', 'metric.bodies.internal', (m) => m.bodies.internal),
    metric('bodies.institution', 'metric.bodies.institution', (m) => m.bodies.institution),
    metric('bodies.total', 'metric.bodies.total', (m) => m.bodies.total),
    metric('staff.admin', 'metric.staff.admin', (m) => m.staff.admin),
    metric('staff.institutional', 'metric.staff.institutional', (m) => m.staff.institutional),
    metric('staff.total', 'metric.staff.total', (m) => m.staff.total),
    metric('leaderPosts', 'metric.leaderPosts', (m) => m.leaderPosts),
    metric('released', 'metric.released', (m) => m.released),
    saving('bodies', 'saving.bodies'),
    saving('internalBodies', 'saving.internalBodies'),
    saving('staff', 'saving.staff'),
    saving('adminStaff', 'saving.adminStaff'),
    saving('institutionalStaff', 'saving.institutionalStaff'),
    saving('leaderPosts', 'saving.leaderPosts'),
    saving('released', 'saving.released'),
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
        better: 'higher',
        kind: 'ratio',
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
