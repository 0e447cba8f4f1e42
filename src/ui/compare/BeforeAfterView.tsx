// One proposal against today: the two org charts side by side with every changed bureau marked,
// and the adjustment table; the charts export as SVG/PNG, the table as CSV.
import { useMemo, useState } from 'react';
import { scenarioState } from '../../app/scenarioState';
import type { Report } from '../../engine';
import { BASELINE_ID, type ScenarioFile, type Unit } from '../../model';
import { OrgChart } from '../chart/OrgChart';
import { useAppState, useT } from '../context';
import { toCsv } from '../export/csv';
import { download, fileName } from '../export/download';
import { exportOrgChart } from '../export/exportOrgChart';
import { AdjustmentTable, adjustmentCsvRows } from './AdjustmentTable';
import { changeMarks, useAdjustments } from './useAdjustments';

const NO_MARKS = { units: new Map(), bureaus: new Map() };

export function BeforeAfterView({ file, report, scenarioId, onChoose }: { file: ScenarioFile; report: Report; scenarioId: string; onChoose(id: string): void }) {
  const { t } = useT();
  const documentId = useAppState((s) => s.documentId);
  const scenario = file.scenarios.find((s) => s.id === scenarioId) ?? file.scenarios[0];
  const rows = useAdjustments(file, scenario?.id);
  const before = useMemo(() => scenarioState(file, BASELINE_ID), [file]);
  const after = useMemo(() => (scenario ? scenarioState(file, scenario.id) : before), [file, scenario, before]);
  const marks = useMemo(() => changeMarks(rows ?? []), [rows]);
  const units = useMemo(() => new Map<string, Unit>([...before.units, ...after.units].map((u) => [u.id, u])), [before, after]);
  const [exporting, setExporting] = useState(false);
  if (!scenario) return <p className="all-clear">{t('compare.noProposals')}</p>;
  const scenarioReport = report.scenarios.find((s) => s.id === scenario.id);

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
            <OrgChart
              className="embedded"
              state={side === 'before' ? before : after}
              unitFigures={(side === 'before' ? report.baseline.metrics : scenarioReport?.metrics)?.units}
              selection={undefined}
              focusTick={0}
              marks={NO_MARKS}
              minRatio={file.rules?.economicRatioMin ?? 0.6}
              documentId={documentId}
              readOnly
              changes={side === 'before' ? marks.before : marks.after}
              onSelect={() => undefined}
            />
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
