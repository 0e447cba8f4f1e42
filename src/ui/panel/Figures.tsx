// The figures of SPEC §6 for the scenario on screen, each beside today's and with its change in
// words ("↓ 减少 47 名"). Staff handed to company platforms are shown as part of the staff change
// ("其中划转公司平台"), not as a second saving; the zones' own slimming is said apart from the
// whole area's, with where the zones' staff went one click away.
// Each number carries its hooks (SPEC §10): data-metric / data-baseline-metric / data-saving and
// the raw data-value; while the engine recomputes, the numbers say so.
import { figureChange } from '../../app/meeting/change';
import type { Metrics, ScenarioReport } from '../../engine';
import type { ReactNode } from 'react';
import { type MessageKey, grouped } from '../../i18n';
import { useT } from '../context';
import { Delta, type Measure } from '../meeting/Delta';

interface Row {
  path: string;
  label: MessageKey;
  read: (m: Metrics) => number;
  /** The SPEC §6 saving this row's change is (bodies.institution has none of its own). */
  saving?: keyof ScenarioReport['savings'];
  measure: Measure;
  strong?: boolean;
  /** A part of the row above ("其中…"). */
  part?: boolean;
}

const ROWS: readonly Row[] = [
  { path: 'bodies.internal', label: 'metric.bodies.internal', read: (m) => m.bodies.internal, saving: 'internalBodies', measure: 'bodies' },
  { path: 'bodies.institution', label: 'metric.bodies.institution', read: (m) => m.bodies.institution, measure: 'bodies' },
  { path: 'bodies.total', label: 'metric.bodies.total', read: (m) => m.bodies.total, saving: 'bodies', measure: 'bodies', strong: true },
  { path: 'staff.admin', label: 'metric.staff.admin', read: (m) => m.staff.admin, saving: 'adminStaff', measure: 'people' },
  { path: 'staff.institutional', label: 'metric.staff.institutional', read: (m) => m.staff.institutional, saving: 'institutionalStaff', measure: 'people' },
  { path: 'staff.total', label: 'metric.staff.total', read: (m) => m.staff.total, saving: 'staff', measure: 'people', strong: true },
  { path: 'released', label: 'figures.ofWhichPlatform', read: (m) => m.released, saving: 'released', measure: 'people', part: true },
  { path: 'leaderPosts', label: 'metric.leaderPosts', read: (m) => m.leaderPosts, saving: 'leaderPosts', measure: 'posts', strong: true },
];

interface Props {
  baseline: Metrics;
  scenario: ScenarioReport | undefined;
  pending: boolean;
  /** Under the table: the savings said apart for the whole area and the zones. */
  children?: ReactNode;
}

export function Figures({ baseline, scenario, pending, children }: Props) {
  const { t } = useT();
  return (
    <section className="figures" aria-busy={pending} data-panel="figures">
      <h2>
        {t('panel.figures')}
        {pending && <span className="pending">{t('panel.computing')}</span>}
      </h2>
      {scenario && <p className="figures-scenario" title={scenario.name}>{t('panel.comparing', { name: scenario.name })}</p>}
      <table className={pending ? 'is-pending' : undefined}>
        <colgroup>
          <col className="label" />
          <col span={scenario ? 2 : 1} className="value" />
          {scenario && <col className="change" />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('state.baseline')}</th>
            {scenario && <th scope="col">{t('panel.proposal')}</th>}
            {scenario && <th scope="col">{t('figures.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const before = row.read(baseline);
            const after = scenario ? row.read(scenario.metrics) : undefined;
            const change = after === undefined ? undefined : figureChange(before, after);
            return (
              <tr key={row.path} className={`${row.strong ? 'strong' : ''}${row.part ? ' part' : ''}`}>
                <th scope="row" title={t(row.label as 'metric.staff.total')}>{t(row.label as 'metric.staff.total')}</th>
                <td data-baseline-metric={row.path} data-value={before} {...(!scenario ? { 'data-metric': row.path } : {})}>
                  {grouped(before)}
                </td>
                {scenario && after !== undefined && (
                  <td data-metric={row.path} data-value={after} data-pending={pending || undefined}>
                    {grouped(after)}
                  </td>
                )}
                {scenario && change && (
                  <td className={`change-cell ${tone(row, change.direction)}`} data-pending={pending || undefined}>
                    <Delta change={change} measure={row.measure} hook={row.saving ? { 'data-saving': row.saving, 'data-value': scenario.savings[row.saving] } : undefined} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {scenario && <p className="figures-note">{t('figures.caption')}</p>}
      {scenario && children}
    </section>
  );
}

/** Fewer bodies, staff and posts is the reform's aim; more handed to a platform is neither good nor bad here. */
function tone(row: Row, direction: 'down' | 'up' | 'same'): string {
  if (direction === 'same') return 'zero';
  if (row.path === 'released') return 'neutral';
  return direction === 'down' ? 'good' : 'bad';
}
