// The rows of the compare table: every figure of SPEC §6 (with its saving, shown as the change
// from today), the zones' own bodies and staff, the rules broken, and each zone's economic share;
// which way is better for each; and which value earns the ★.
import { ECONOMIC_RATIO, FIGURES_WITH_PARTS, type FigureDef, unitFiguresOf } from '../../app/figures';
import type { Metrics, Report, ScenarioReport } from '../../engine';
import type { MessageKey } from '../../i18n';
import { type ViewsKey, isViewsKey } from '../../i18n/views';
import type { Translate } from '../context';
import type { ViewsTranslate } from '../meeting/useViewsText';
import type { Unit } from '../../model';
import type { Measure } from '../meeting/Delta';

export interface CompareColumn {
  id: string;
  name: string;
  metrics: Metrics;
  savings?: ScenarioReport['savings'];
  violations: Report['baseline']['violations'];
}

export interface CompareRow {
  key: string;
  label: MessageKey | ViewsKey;
  labelArgs?: Record<string, string>;
  /** SPEC §10 hook on each value (none for the zones' sums, which SPEC does not name). */
  hook?: { kind: 'metric' | 'count'; path: string };
  /** The SPEC §6 saving that this row's change from today is (its hook goes on the change). */
  saving?: keyof ScenarioReport['savings'];
  better: 'lower' | 'higher' | 'neither';
  kind: 'count' | 'ratio';
  measure: Measure;
  value(column: CompareColumn): number | null;
  group: 'zones' | 'figures' | 'rules' | 'ratios';
  strong?: boolean;
}

const metric = (figure: FigureDef): CompareRow => ({
  key: figure.id,
  // staff handed to platforms are part of the staff change, said so, not a figure of their own
  label: figure.id === 'released' ? 'figures.ofWhichPlatform' : figure.label,
  hook: { kind: 'metric', path: figure.id },
  saving: figure.saving,
  // more staff held by platforms is neither better nor worse in itself: it is part of the staff change
  better: figure.id === 'released' ? 'neither' : figure.better,
  kind: figure.format,
  measure: figure.measure,
  value: ({ metrics }) => figure.read(metrics),
  group: 'figures',
  strong: figure.total,
});

const zoneSum = (units: readonly Unit[], key: 'bodies' | 'staff') => {
  const ids = units.filter((u) => u.kind === 'zone' || u.kind === 'office').map((u) => u.id);
  return ({ metrics }: CompareColumn) => ids.reduce((n, id) => n + (unitFiguresOf(metrics, id)?.[key] ?? 0), 0);
};

export function compareRows(units: readonly Unit[]): CompareRow[] {
  const zones = units.filter((u) => u.kind === 'zone' || u.kind === 'office');
  return [
    ...(zones.length > 0
      ? ([
          { key: 'zones.bodies', label: 'compareTable.zonesBodies', better: 'lower', kind: 'count', measure: 'bodies', value: zoneSum(units, 'bodies'), group: 'zones', strong: true },
          { key: 'zones.staff', label: 'compareTable.zonesStaff', better: 'lower', kind: 'count', measure: 'people', value: zoneSum(units, 'staff'), group: 'zones', strong: true },
        ] satisfies CompareRow[])
      : []),
    // staff held by platforms right under the staff it is part of (其中划转公司平台)
    ...FIGURES_WITH_PARTS.map(metric),
    {
      key: 'errors', label: 'compare.errors', hook: { kind: 'count', path: 'errors' }, better: 'lower', kind: 'count', measure: '', group: 'rules',
      value: ({ violations }) => violations.filter((v) => v.severity === 'error').length,
    },
    {
      key: 'warnings', label: 'compare.warnings', hook: { kind: 'count', path: 'warnings' }, better: 'lower', kind: 'count', measure: '', group: 'rules',
      value: ({ violations }) => violations.filter((v) => v.severity === 'warning').length,
    },
    ...zones.map((u): CompareRow => ({
      key: `ratio.${u.id}`,
      label: 'compare.ratioOf',
      labelArgs: { unit: u.name },
      hook: { kind: 'metric', path: `units.${u.id}.economicRatio` },
      better: ECONOMIC_RATIO.better,
      kind: ECONOMIC_RATIO.format,
      measure: '',
      group: 'ratios',
      value: ({ metrics }) => unitFiguresOf(metrics, u.id)?.economicRatio ?? null,
    })),
  ];
}

/**
 * The value that earns the ★: strictly better than today's, and the best among the proposals.
 * Undefined when no proposal beats today, or when every proposal has it (nothing to choose).
 */
export function bestOf(row: Pick<CompareRow, 'better'>, today: number | null, values: ReadonlyArray<number | null>): number | undefined {
  if (row.better === 'neither') return undefined;
  const better = (a: number, b: number) => (row.better === 'lower' ? a < b : a > b);
  const improving = values.filter((v): v is number => v !== null && (today === null || better(v, today)));
  if (improving.length === 0) return undefined;
  const best = improving.reduce((a, b) => (better(b, a) ? b : a));
  return values.length > 1 && values.every((v) => v === best) ? undefined : best;
}

/** A row's name: the app's words, or the compare view's own (views.ts); `unit` for a zone's share. */
export function rowName(row: Pick<CompareRow, 'label' | 'labelArgs'>, t: Translate, v: ViewsTranslate, unit = row.labelArgs?.unit ?? ''): string {
  return isViewsKey(row.label) ? v(row.label as 'compareTable.zonesBodies') : t(row.label as 'compare.ratioOf', { unit });
}
