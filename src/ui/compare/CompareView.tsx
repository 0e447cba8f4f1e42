// Compare: today and any number of proposals, as a table and as charts, each exportable.
import { useEffect, useState } from 'react';
import { SAVING_SOURCES, unitFiguresOf } from '../../app/figures';
import type { Report, SavingsBreakdown } from '../../engine';
import { percent } from '../../i18n';
import type { ScenarioFile } from '../../model';
import { useActions, useAppState, useT } from '../context';
import { download, fileName } from '../export/download';
import { toCsv } from '../export/csv';
import { BarChart, type Series } from './BarChart';
import { ChartFrame } from './ChartFrame';
import { CompareTable, stateColumns } from './CompareTable';
import { BASELINE_COLOR, SAVING_SOURCE_COLORS, proposalColor } from './palette';
import { compareRows } from './rows';

export function CompareView({ file, report }: { file: ScenarioFile; report: Report }) {
  const { t } = useT();
  const actions = useActions();
  const [breakdowns, setBreakdowns] = useState<Map<string, SavingsBreakdown>>();
  useEffect(() => {
    let current = true;
    void actions.breakdowns().then((b) => current && setBreakdowns(b));
    return () => {
      current = false;
    };
  }, [actions, file]);

  const columns = stateColumns(report);
  const series: Series[] = columns.map((c, i) => ({ key: c.id, label: i === 0 ? t('state.baseline') : c.name, color: i === 0 ? BASELINE_COLOR : proposalColor(i - 1) }));
  const zones = file.units.filter((u) => u.kind === 'zone' && u.governance === 'separated');
  const min = useAppState((s) => s.settings.economicRatioMin);

  const exportCsv = () => {
    const rows = compareRows(file.units);
    const header = ['', ...columns.map((c, i) => (i === 0 ? t('state.baseline') : c.name))];
    const body = rows.map((row) => [
      t(row.label as 'compare.ratioOf', (row.labelArgs ?? {}) as { unit: string }),
      ...columns.map((c, i) => (row.savingsOnly && i === 0 ? '' : row.value(c))),
    ]);
    download(`${fileName(file.title, t('compare.fileName'))}.csv`, toCsv([header, ...body]), 'text/csv;charset=utf-8');
  };

  return (
    <div className="compare-view">
      <header className="view-head">
        <h2>{t('compare.title', { count: report.scenarios.length })}</h2>
        <button type="button" data-action="export-csv" onClick={exportCsv}>{t('export.csv')}</button>
      </header>
      {report.scenarios.length === 0 && <p className="all-clear">{t('compare.noProposals')}</p>}
      <CompareTable report={report} units={file.units} />
      <div className="chart-grid">
        {(['staff.total', 'bodies.total', 'leaderPosts'] as const).map((path) => (
          <ChartFrame key={path} title={t(`compare.chart.${path}`)} name={fileName(file.title, t(`compare.chart.${path}`))}>
            <BarChart
              unit={t(path === 'staff.total' ? 'axis.people' : path === 'leaderPosts' ? 'axis.posts' : 'axis.bodies')}
              series={series}
              groups={[{ key: path, label: t(`compare.chart.${path}`), values: Object.fromEntries(columns.map((c) => [c.id, path === 'staff.total' ? c.metrics.staff.total : path === 'bodies.total' ? c.metrics.bodies.total : c.metrics.leaderPosts])) }]}
              width={360}
            />
          </ChartFrame>
        ))}
        {zones.length > 0 && (
          <ChartFrame title={t('compare.chart.ratio', { min: percent(min) })} name={fileName(file.title, t('compare.chart.ratioFile'))}>
            <BarChart
              unit={t('axis.share')}
              series={series}
              format={(v) => percent(v)}
              reference={{ value: min, label: t('compare.minimum', { min: percent(min) }) }}
              groups={zones.map((z) => ({ key: z.id, label: z.name, values: Object.fromEntries(columns.map((c) => [c.id, unitFiguresOf(c.metrics, z.id)?.economicRatio ?? null])) }))}
            />
          </ChartFrame>
        )}
        {breakdowns && report.scenarios.length > 0 && (
          <>
            {(['staff', 'leaderPosts'] as const).map((field) => (
              <ChartFrame key={field} title={t(`compare.chart.breakdown.${field}`)} name={fileName(file.title, t(`compare.chart.breakdown.${field}`))}>
                <BarChart
                  stacked
                  unit={t(field === 'staff' ? 'axis.people' : 'axis.posts')}
                  // only the kinds of change that some proposal makes use of
                  series={SAVING_SOURCES.filter((kind) => report.scenarios.some((s) => (breakdowns.get(s.id)?.[kind][field] ?? 0) !== 0)).map((kind) => ({ key: kind, label: t(`savingSource.${kind}`), color: SAVING_SOURCE_COLORS[kind]! }))}
                  groups={report.scenarios.map((s) => ({ key: s.id, label: s.name, values: Object.fromEntries(SAVING_SOURCES.map((kind) => [kind, breakdowns.get(s.id)?.[kind][field] ?? 0])) }))}
                />
              </ChartFrame>
            ))}
          </>
        )}
      </div>
      <p className="figures-note">{t('compare.note')}</p>
    </div>
  );
}
