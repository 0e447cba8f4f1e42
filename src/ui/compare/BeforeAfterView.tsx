// One proposal against today. By default only the units it touches, in the same places on both
// sides, sized for reading (no zoom): what left stays as a ghost saying where it went, what arrived
// says where it came from. A toggle shows the whole organisation instead (zoomable). Below: the
// savings said apart for the whole area and the zones, the per-unit ledger and the adjustment
// table; the charts export as SVG/PNG, the tables as CSV.
import { useEffect, useMemo, useRef, useState } from 'react';
import { isIllustrative } from '../../app/meeting';
import type { Report } from '../../engine';
import type { ScenarioFile } from '../../model';
import { useActions, useT } from '../context';
import { toCsv, withMark } from '../export/csv';
import { download, fileName } from '../export/download';
import { exportOrgChart } from '../export/exportOrgChart';
import { ledgerCsvRows } from '../meeting/ledgerCsv';
import { LedgerTable } from '../meeting/LedgerTable';
import { SavingsSummary } from '../meeting/SavingsSummary';
import { StoryChart } from '../meeting/StoryChart';
import { fitStory } from '../meeting/storyLayout';
import { useMeetingProposals } from '../meeting/useMeeting';
import { AdjustmentTable, adjustmentCsvRows } from './AdjustmentTable';
import { SideChart, useProposal } from './useProposal';
import { useViewsText } from '../meeting/useViewsText';

export function BeforeAfterView({ file, report, scenarioId, onChoose }: { file: ScenarioFile; report: Report; scenarioId: string; onChoose(id: string): void }) {
  const { t } = useT();
  const { v } = useViewsText();
  const actions = useActions();
  const proposal = useProposal(file, report, scenarioId);
  const { scenario, marks, before, after } = proposal;
  const ids = useMemo(() => (scenario ? [scenario.id] : []), [scenario]);
  const meeting = useMeetingProposals(file, report, ids)[0];
  const [whole, setWhole] = useState(false);
  const [exporting, setExporting] = useState(false);
  const sides = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = sides.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scenario]);
  const layout = useMemo(() => {
    if (!meeting?.units || width === 0) return undefined;
    // each side is half the width, less the gap and the side's padding; the page scrolls downwards
    const side = (width - 12) / 2 - 24;
    return fitStory(meeting.units.map((u) => ({ id: u.id, slots: u.slots.length })), { width: side, height: 0, maxFont: 14, minFont: 12, grow: true })[0];
  }, [meeting, width]);
  if (!scenario || !meeting) return <p className="all-clear">{t('compare.noProposals')}</p>;
  const illustrative = isIllustrative(file);
  const mark = illustrative ? ` · ${t('fileInfo.illustrative')}` : '';
  const markLine = illustrative ? t('fileInfo.illustrativeLong') : '';
  const rows = meeting.rows;

  const exportChart = async (side: 'before' | 'after', format: 'svg' | 'png') => {
    setExporting(true);
    try {
      const title = `${file.title} · ${side === 'before' ? t('state.baseline') : scenario.name}`;
      const scaled = await exportOrgChart(format, side === 'before' ? before : after, title, t, side === 'before' ? marks.before : marks.after, mark);
      if (scaled) actions.inform('info', scaled);
    } finally {
      setExporting(false);
    }
  };
  const exportCsv = () => {
    if (!rows) return;
    download(`${fileName(file.title, scenario.name, t('adjust.fileName'))}.csv`, toCsv(withMark(adjustmentCsvRows(rows, meeting.names, (k) => t(k as 'adjust.bureau'), v), markLine)), 'text/csv;charset=utf-8');
  };
  const exportLedger = () => {
    download(`${fileName(file.title, scenario.name, v('ledger.title'))}.csv`, toCsv(withMark(ledgerCsvRows(meeting.ledger, t, v), markLine)), 'text/csv;charset=utf-8');
  };

  return (
    <div className="before-after">
      <header className="view-head">
        <h2>{t('beforeAfter.title')}</h2>
        <label className="inline-field">
          {t('beforeAfter.proposal')}
          <select value={scenario.id} onChange={(e) => onChoose(e.target.value)} data-action="choose-proposal">
            {file.scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <div className="toggle" role="group" aria-label={v('storyChart.touched')}>
          <button type="button" aria-pressed={!whole} data-action="show-touched" onClick={() => setWhole(false)}>{v('storyChart.touched')}</button>
          <button type="button" aria-pressed={whole} data-action="show-whole" onClick={() => setWhole(true)}>{v('storyChart.whole')}</button>
        </div>
      </header>
      <SavingsSummary story={meeting.story} />
      <div className="side-by-side" ref={sides}>
        {(['before', 'after'] as const).map((side) => (
          <section key={side} className="side" data-side={side}>
            <header>
              <h3 title={side === 'before' ? undefined : scenario.name}>{side === 'before' ? t('state.baseline') : scenario.name}</h3>
              <span className="chart-exports">
                <button type="button" data-action="export-svg" onClick={() => void exportChart(side, 'svg')}>SVG</button>
                <button type="button" data-action="export-png" disabled={exporting} onClick={() => void exportChart(side, 'png')}>PNG</button>
              </span>
            </header>
            {whole ? (
              <SideChart proposal={proposal} side={side} report={report} file={file} className="embedded" />
            ) : meeting.units && layout ? (
              <div className="story-screen">
                {meeting.units.length === 0 ? (
                  <p className="all-clear">{v('storyChart.none')}</p>
                ) : (
                  <StoryChart
                    side={side}
                    units={meeting.units}
                    layout={layout}
                    names={meeting.names}
                    figures={{ before: report.baseline.metrics.units, after: meeting.report.metrics.units }}
                    changeOf={side === 'before' ? meeting.marks.before : meeting.marks.after}
                  />
                )}
              </div>
            ) : (
              <p className="pending">{v('storyChart.computing')}</p>
            )}
          </section>
        ))}
      </div>
      {!whole && <p className="story-legend screen">{v('storyChart.legend')}</p>}
      <section className="adjustments">
        <header className="view-head">
          <h3>{v('ledger.title')}</h3>
          <span className="view-caption">{v('ledger.caption')}</span>
          <button type="button" data-action="export-ledger-csv" onClick={exportLedger}>{t('export.csv')}</button>
        </header>
        <LedgerTable rows={meeting.ledger} />
      </section>
      <section className="adjustments">
        <header className="view-head">
          <h3>{t('adjust.title')}</h3>
          <button type="button" data-action="export-csv" onClick={exportCsv} disabled={!rows}>{t('export.csv')}</button>
        </header>
        {rows ? <AdjustmentTable rows={rows} units={meeting.names} /> : <p className="pending">{t('panel.computing')}</p>}
      </section>
    </div>
  );
}
