// The figures of SPEC §6 for the scenario on screen, each beside today's and with the saving.
// Each number carries its hooks (SPEC §10): data-metric / data-baseline-metric / data-saving and
// the raw data-value; while the engine recomputes, the numbers say so.
import type { Metrics, ScenarioReport } from '../../engine';
import { FIGURES } from '../../app/figures';
import { grouped } from '../../i18n';
import { useT } from '../context';

const format = grouped;

interface Props {
  baseline: Metrics;
  scenario: ScenarioReport | undefined;
  pending: boolean;
}

export function Figures({ baseline, scenario, pending }: Props) {
  const { t } = useT();
  return (
    <section className="figures" aria-busy={pending}>
      <h2>
        {t('panel.figures')}
        {pending && <span className="pending">{t('panel.computing')}</span>}
      </h2>
      {scenario && <p className="figures-scenario" title={scenario.name}>{t('panel.comparing', { name: scenario.name })}</p>}
      <table className={pending ? 'is-pending' : undefined}>
        <colgroup>
          <col className="label" />
          <col span={scenario ? 3 : 1} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('state.baseline')}</th>
            {scenario && <th scope="col">{t('panel.proposal')}</th>}
            {scenario && <th scope="col">{t('panel.saving')}</th>}
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((row) => {
            const before = row.read(baseline);
            // a figure without a saving of its own in SPEC §6 (bodies.institution) shows the difference
            const saving = row.saving && scenario?.savings[row.saving];
            const difference = scenario ? before - row.read(scenario.metrics) : undefined;
            return (
              <tr key={row.id} className={row.total ? 'strong' : undefined}>
                <th scope="row">{t(row.label as 'metric.staff.total')}</th>
                <td data-baseline-metric={row.id} data-value={before} {...(!scenario ? { 'data-metric': row.id } : {})}>
                  {format(before)}
                </td>
                {scenario && (
                  <td data-metric={row.id} data-value={row.read(scenario.metrics)} data-pending={pending || undefined}>
                    {format(row.read(scenario.metrics))}
                  </td>
                )}
                {scenario && (
                  <td
                    className={`saving ${savingTone(row.better, saving ?? difference ?? 0)}`}
                    {...(saving !== undefined ? { 'data-saving': row.saving, 'data-value': saving } : {})}
                    data-pending={pending || undefined}
                  >
                    {signed(saving ?? difference ?? 0)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {scenario && <p className="figures-note">{t('panel.savingNote')}</p>}
    </section>
  );
}

function signed(n: number): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : '0';
}

function savingTone(better: 'lower' | 'higher', value: number): string {
  if (value === 0) return 'zero';
  // fewer bodies, staff, posts is a saving; more released to platforms is a saving too, and fewer
  // released (staff taken back into the establishment) is no loss
  return value > 0 ? 'good' : better === 'higher' ? 'neutral' : 'bad';
}
