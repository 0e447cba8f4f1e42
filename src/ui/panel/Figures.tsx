// The figures of SPEC §6 for the scenario on screen, each beside today's and with its change in
// words ("↓ 减少 47 名"). Staff handed to company platforms are shown as part of the staff change
// ("其中划转公司平台"), not as a second saving; the zones' own slimming is said apart from the
// whole area's, with where the zones' staff went one click away.
// Each number carries its hooks (SPEC §10): data-metric / data-baseline-metric / data-saving and
// the raw data-value; while the engine recomputes, the numbers say so.
import type { ReactNode } from 'react';
import { FIGURES_WITH_PARTS } from '../../app/figures';
import { figureChange } from '../../app/meeting';
import type { Metrics, ScenarioReport } from '../../engine';
import { grouped } from '../../i18n';
import { useT } from '../context';
import { Delta } from '../meeting/Delta';

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
          {FIGURES_WITH_PARTS.map((row) => {
            const before = row.read(baseline);
            const after = scenario ? row.read(scenario.metrics) : undefined;
            const change = after === undefined ? undefined : figureChange(before, after);
            return (
              <tr key={row.id} className={`${row.total ? 'strong' : ''}${row.part ? ' part' : ''}`}>
                <th scope="row" title={t(row.label as 'metric.staff.total')}>{t(row.label as 'metric.staff.total')}</th>
                <td data-baseline-metric={row.id} data-value={before} {...(!scenario ? { 'data-metric': row.id } : {})}>
                  {grouped(before)}
                </td>
                {scenario && after !== undefined && (
                  <td data-metric={row.id} data-value={after} data-pending={pending || undefined}>
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
function tone(row: { id: string }, direction: 'down' | 'up' | 'same'): string {
  if (direction === 'same') return 'zero';
  if (row.id === 'released') return 'neutral';
  return direction === 'down' ? 'good' : 'bad';
}
