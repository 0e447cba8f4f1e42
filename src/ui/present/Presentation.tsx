// Presentation mode for meetings: full screen, large type, dark on light; arrows, PageUp/PageDown
// (clickers send these), Space and Esc. Title → before → after → figures → adjustments → problems.
import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../engine';
import { unitFiguresOf } from '../../app/figures';
import { percent } from '../../i18n';
import type { ScenarioFile } from '../../model';
import { AdjustmentTable } from '../compare/AdjustmentTable';
import { SideChart, useProposal } from '../compare/useProposal';
import { useT } from '../context';
import { Figures } from '../panel/Figures';
import { subjectText } from '../../app/findings';

export const SLIDES = ['title', 'before', 'after', 'figures', 'adjustments', 'problems'] as const;
type Slide = (typeof SLIDES)[number];

export function Presentation({ file, report, scenarioId, onExit }: { file: ScenarioFile; report: Report; scenarioId: string; onExit(): void }) {
  const { t } = useT();
  const [index, setIndex] = useState(0);
  const proposal = useProposal(file, report, scenarioId);
  const { scenario, scenarioReport, rows, after, units } = proposal;
  const slides: readonly Slide[] = scenario ? SLIDES : ['title', 'before', 'problems'];
  const slide = slides[Math.min(index, slides.length - 1)]!;
  const go = useCallback((step: number) => setIndex((i) => Math.max(0, Math.min(slides.length - 1, i + step))), [slides.length]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(event.key)) go(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(event.key)) go(-1);
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(slides.length - 1);
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, onExit, slides.length]);

  useEffect(() => {
    // full screen where the browser allows it; the slides work the same without (and Esc, or the
    // exit button, leaves them; where the browser keeps Esc for full screen, a second Esc does)
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const violations = (scenarioReport ?? report.baseline).violations;
  const zones = after.units.filter((u) => u.kind === 'zone' || u.kind === 'office');
  return (
    <div className="presentation" data-slide={slide} role="dialog" aria-label={t('present.title')}>
      <div className="slide">
        {slide === 'title' && (
          <div className="slide-title">
            <p className="slide-region">{file.region}</p>
            <h1>{file.title}</h1>
            {scenario && <h2>{scenario.name}</h2>}
            {scenarioReport && (
              <ul className="slide-highlights">
                <li><strong>{scenarioReport.savings.bodies}</strong>{t('present.bodiesSaved')}</li>
                <li><strong>{scenarioReport.savings.staff}</strong>{t('present.staffSaved')}</li>
                <li><strong>{scenarioReport.savings.leaderPosts}</strong>{t('present.postsSaved')}</li>
                <li><strong>{scenarioReport.savings.released}</strong>{t('present.released')}</li>
              </ul>
            )}
          </div>
        )}
        {(slide === 'before' || slide === 'after') && (
          <div className="slide-chart">
            <h2>{slide === 'before' ? t('present.before') : t('present.after', { name: scenario?.name ?? '' })}</h2>
            <SideChart key={slide} proposal={proposal} side={slide} report={report} file={file} className="embedded presenting" />
          </div>
        )}
        {slide === 'figures' && scenarioReport && (
          <div className="slide-figures">
            <h2>{t('present.figures')}</h2>
            <Figures baseline={report.baseline.metrics} scenario={scenarioReport} pending={false} />
            <div className="slide-ratios">
              <h3>{t('metric.economicRatio')}</h3>
              <ul>
              {zones.map((u) => {
                const ratio = unitFiguresOf(scenarioReport.metrics, u.id)?.economicRatio ?? null;
                const was = unitFiguresOf(report.baseline.metrics, u.id)?.economicRatio ?? null;
                return (
                  <li key={u.id}>
                    <span>{u.name}</span>
                    <span>{was === null ? '—' : percent(was)} → <strong>{ratio === null ? '—' : percent(ratio)}</strong></span>
                  </li>
                );
              })}
              </ul>
            </div>
          </div>
        )}
        {slide === 'adjustments' && (
          <div className="slide-table">
            <h2>{t('adjust.title')}</h2>
            {rows ? <AdjustmentTable rows={rows} units={units} compact /> : <p>{t('panel.computing')}</p>}
          </div>
        )}
        {slide === 'problems' && (
          <div className="slide-problems">
            <h2>{t('present.problems')}</h2>
            {violations.length === 0 ? (
              <p className="all-clear big">{t('panel.noViolations')}</p>
            ) : (
              <ul>
                {[...violations].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).map((v) => (
                  <li key={`${v.rule}|${subjectText(v.subject)}`} className={v.severity} data-violation-rule={v.rule} data-violation-subject={subjectText(v.subject)}>
                    <span className={`badge ${v.severity}`}>{t(`severity.${v.severity}`)}</span> {v.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <footer className="slide-nav">
        <button type="button" onClick={() => go(-1)} disabled={index === 0} aria-label={t('present.previous')}>‹</button>
        <span className="slide-count">{t('present.count', { n: Math.min(index, slides.length - 1) + 1, of: slides.length })}</span>
        <button type="button" onClick={() => go(1)} disabled={index >= slides.length - 1} aria-label={t('present.next')}>›</button>
        <button type="button" data-action="exit-present" onClick={onExit}>{t('present.exit')}</button>
      </footer>
    </div>
  );
}
