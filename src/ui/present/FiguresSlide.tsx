// Key figures of one proposal: the figures table with its changes in words, the zones' slimming and
// where their staff went (opened), and each zone's economic share against the minimum.
import { unitFiguresOf } from '../../app/figures';
import { percent } from '../../i18n';
import type { Report } from '../../engine';
import { useT } from '../context';
import { RatioDelta } from '../meeting/Delta';
import type { MeetingProposal } from '../meeting/useMeeting';
import { Figures } from '../panel/Figures';
import { SavingsSummary } from '../meeting/SavingsSummary';
import { useViewsText } from '../meeting/useViewsText';

export function FiguresSlide({ report, proposal, min }: { report: Report; proposal: MeetingProposal; min: number }) {
  const { t } = useT();
  const { v } = useViewsText();
  const zones = proposal.after.units.filter((u) => u.kind === 'zone' || u.kind === 'office');
  return (
    <div className="slide-figures">
      <Figures baseline={report.baseline.metrics} scenario={proposal.report} pending={false}>
        <SavingsSummary story={proposal.story} open />
      </Figures>
      {zones.length > 0 && (
        <section className="slide-ratios">
          <h3>{v('slide.ratios', { min: percent(min) })}</h3>
          <ul>
            {zones.map((u) => {
              const ratio = unitFiguresOf(proposal.report.metrics, u.id)?.economicRatio ?? null;
              const was = unitFiguresOf(report.baseline.metrics, u.id)?.economicRatio ?? null;
              const checked = u.kind === 'zone' && u.governance === 'separated';
              const low = checked && ratio !== null && ratio < min;
              return (
                <li key={u.id} className={low ? 'low' : undefined}>
                  <span className="ratio-unit" title={u.name}>{u.name}</span>
                  <span className="ratio-values">
                    {was === null ? '—' : percent(was)} → <strong>{ratio === null ? '—' : percent(ratio)}</strong>
                    {low && <span className="ratio-low">{v('slide.belowMin')}</span>}
                  </span>
                  <RatioDelta before={was} after={ratio} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
