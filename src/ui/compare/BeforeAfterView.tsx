// One proposal against today: the two org charts side by side with every changed bureau marked,
// and the adjustment table; the charts export as SVG/PNG, the table as CSV.
import { useState } from 'react';
import type { Report } from '../../engine';
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { toCsv } from '../export/csv';
import { download, fileName } from '../export/download';
import { exportOrgChart } from '../export/exportOrgChart';
import { AdjustmentTable, adjustmentCsvRows } from './AdjustmentTable';
import { SideChart, useProposal } from './useProposal';

export function BeforeAfterView({ file, report, scenarioId, onChoose }: { file: ScenarioFile; report: Report; scenarioId: string; onChoose(id: string): void }) {
  const { t } = useT();
  const proposal = useProposal(file, report, scenarioId);
  const { scenario, scenarioReport, rows, marks, before, after, units } = proposal;
  const [exporting, setExporting] = useState(false);
  if (!scenario) return <p className="all-clear">{t('compare.noProposals')}</p>;

  const exportChart = async (side: 'before' | 'after', format: 'svg' | 'png') => {
    setExporting(true);
    try {
      const title = `${file.title} · ${side === 'before' ? t('state.baseline') : scenario.name}`;
      await exportOrgChart(format, side === 'before' ? before : after, title, t, side === 'before' ? marks.before : marks.after);
    } finally {
      setExporting(false);
    }
  };
  const exportCsv = () => {
    if (!rows) return;
    download(`${fileName(file.title, scenario.name, t('adjust.fileName'))}.csv`, toCsv(adjustmentCsvRows(rows, units, (k) => t(k as 'adjust.bureau'))), 'text/csv;charset=utf-8');
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
        {scenarioReport && (
          <span className="head-figures">
            {t('beforeAfter.summary', { bodies: scenarioReport.savings.bodies, staff: scenarioReport.savings.staff, posts: scenarioReport.savings.leaderPosts, released: scenarioReport.savings.released })}
          </span>
        )}
      </header>
      <div className="side-by-side">
        {(['before', 'after'] as const).map((side) => (
          <section key={side} className="side" data-side={side}>
            <header>
              <h3>{side === 'before' ? t('state.baseline') : scenario.name}</h3>
              <span className="chart-exports">
                <button type="button" data-action="export-svg" onClick={() => void exportChart(side, 'svg')}>SVG</button>
                <button type="button" data-action="export-png" disabled={exporting} onClick={() => void exportChart(side, 'png')}>PNG</button>
              </span>
            </header>
            <SideChart proposal={proposal} side={side} report={report} file={file} className="embedded" />
          </section>
        ))}
      </div>
      <section className="adjustments">
        <header className="view-head">
          <h3>{t('adjust.title')}</h3>
          <button type="button" data-action="export-csv" onClick={exportCsv} disabled={!rows}>{t('export.csv')}</button>
        </header>
        {rows ? <AdjustmentTable rows={rows} units={units} /> : <p className="pending">{t('panel.computing')}</p>}
      </section>
    </div>
  );
}
