// Compare: today and any number of proposals, as a table and as charts, each exportable; then each
// proposal's ledger of the units it touches.
import { useEffect, useMemo, useState } from 'react';
import { isIllustrative } from '../../app/meeting';
import { SAVING_SOURCES, unitFiguresOf } from '../../app/figures';
import type { Report, SavingsBreakdown } from '../../engine';
import { grouped, percent } from '../../i18n';
import type { ScenarioFile } from '../../model';
import { useActions, useAppState, useT } from '../context';
import { download, fileName } from '../export/download';
import { toCsv, withMark } from '../export/csv';
import { LedgerTable } from '../meeting/LedgerTable';
import { useMeetingProposals } from '../meeting/useMeeting';
import { shortenMiddle } from '../text';
import { BarChart, type Series } from './BarChart';
import { ChartFrame } from './ChartFrame';
import { CompareTable, stateColumns } from './CompareTable';
import { BASELINE_COLOR, SAVING_SOURCE_COLORS, proposalColor } from './palette';
import { compareRows, rowName } from './rows';
import { useViewsText } from '../meeting/useViewsText';

/** A difference as a bar's label: the arrow says which way. */
const signed = (v: number) => (v < 0 ? `↓${grouped(-v)}` : v > 0 ? `↑${grouped(v)}` : '0');

export function CompareView({ file, report }: { file: ScenarioFile; report: Report }) {
  const { t } = useT();
  const { v } = useViewsText();
  const actions = useActions();
  const [breakdowns, setBreakdowns] = useState<Map<string, SavingsBreakdown>>();
  useEffect(() => {
    let current = true;
    void actions.breakdowns().then((b) => current && setBreakdowns(b));
    return () => {
      current = false;
    };
  }, [actions, file]);
  const ids = useMemo(() => file.scenarios.map((s) => s.id), [file]);
  const proposals = useMeetingProposals(file, report, ids);
  const illustrative = isIllustrative(file);
  const mark = illustrative ? ` · ${t('fileInfo.illustrative')}` : '';

  const columns = stateColumns(report);
  const legendName = (name: string) => shortenMiddle(name, 40);
  const series: Series[] = columns.map((c, i) => ({ key: c.id, label: i === 0 ? t('state.baseline') : legendName(c.name), color: i === 0 ? BASELINE_COLOR : proposalColor(i - 1) }));
  const zones = file.units.filter((u) => u.kind === 'zone' && u.governance === 'separated');
  const min = useAppState((s) => s.settings.economicRatioMin);

  const exportCsv = () => {
    const rows = compareRows(file.units);
    const header = ['', ...columns.map((c, i) => (i === 0 ? t('state.baseline') : c.name))];
    const body = rows.map((row) => [
      rowName(row, t, v),
      ...columns.map((c) => {
        const value = row.value(c);
        return value === null ? '' : row.kind === 'ratio' ? percent(value) : value;
      }),
    ]);
    download(`${fileName(file.title, t('compare.fileName'))}.csv`, toCsv(withMark([header, ...body], illustrative ? t('fileInfo.illustrativeLong') : '')), 'text/csv;charset=utf-8');
  };

  const totals = [
    { path: 'staff.total', unit: v('compareChart.unitPeople'), read: (c: (typeof columns)[number]) => c.metrics.staff.total },
    { path: 'bodies.total', unit: v('compareChart.unitBodies'), read: (c: (typeof columns)[number]) => c.metrics.bodies.total },
    { path: 'leaderPosts', unit: v('compareChart.unitPosts'), read: (c: (typeof columns)[number]) => c.metrics.leaderPosts },
  ] as const;

  return (
    <div className="compare-view">
      <header className="view-head">
        <h2>{t('compare.title', { count: report.scenarios.length })}</h2>
        <button type="button" data-action="export-csv" onClick={exportCsv}>{t('export.csv')}</button>
      </header>
      {report.scenarios.length === 0 && <p className="all-clear">{t('compare.noProposals')}</p>}
      <CompareTable report={report} units={file.units} />
      {report.scenarios.length > 0 && (
        <div className="chart-grid">
          {totals.map(({ path, unit, read }) => {
            const what = t(`compare.chart.${path}`);
            const today = read(columns[0]!);
            return (
              <ChartFrame key={path} title={v('compareChart.diff', { what })} name={fileName(file.title, what)} exportTitle={`${v('compareChart.diff', { what })}${mark}`}>
                <BarChart
                  unit={v('compareChart.diffAxis', { unit })}
                  series={series.slice(1)}
                  format={signed}
                  tickFormat={(v) => (v > 0 ? `+${grouped(v)}` : v < 0 ? `−${grouped(-v)}` : '0')}
                  zeroLabel={v('compareChart.today', { value: grouped(today) })}
                  groups={[{ key: path, label: what, values: Object.fromEntries(columns.slice(1).map((c) => [c.id, read(c) - today])) }]}
                  width={360}
                />
              </ChartFrame>
            );
          })}
          {zones.length > 0 && (
            <ChartFrame title={t('compare.chart.ratio', { min: percent(min) })} name={fileName(file.title, t('compare.chart.ratioFile'))} exportTitle={`${t('compare.chart.ratio', { min: percent(min) })}${mark}`}>
              <BarChart
                unit={t('axis.share')}
                series={series}
                format={(v) => percent(v)}
                reference={{ value: min, label: t('compare.minimum', { min: percent(min) }) }}
                groups={zones.map((z) => ({ key: z.id, label: z.name, values: Object.fromEntries(columns.map((c) => [c.id, unitFiguresOf(c.metrics, z.id)?.economicRatio ?? null])) }))}
              />
            </ChartFrame>
          )}
          {breakdowns &&
            (['staff', 'leaderPosts'] as const).map((field) => {
              const title = v(field === 'staff' ? 'compareChart.sourcesStaff' : 'compareChart.sourcesPosts');
              return (
                <ChartFrame key={field} title={title} name={fileName(file.title, title)} exportTitle={`${title}${mark}`}>
                  <BarChart
                    stacked
                    unit={v('compareChart.diffAxis', { unit: v(field === 'staff' ? 'compareChart.unitPeople' : 'compareChart.unitPosts') })}
                    format={signed}
                    tickFormat={(v) => (v > 0 ? `+${grouped(v)}` : v < 0 ? `−${grouped(-v)}` : '0')}
                    // only the kinds of change that some proposal makes use of; each part as the change it makes (down: fewer), as in the charts beside
                    series={SAVING_SOURCES.filter((kind) => report.scenarios.some((s) => (breakdowns.get(s.id)?.[kind][field] ?? 0) !== 0)).map((kind) => ({ key: kind, label: t(`savingSource.${kind}`), color: SAVING_SOURCE_COLORS[kind]! }))}
                    groups={report.scenarios.map((s) => ({ key: s.id, label: legendName(s.name), values: Object.fromEntries(SAVING_SOURCES.map((kind) => [kind, -(breakdowns.get(s.id)?.[kind][field] ?? 0)])) }))}
                  />
                </ChartFrame>
              );
            })}
        </div>
      )}
      {report.scenarios.length > 0 && <p className="figures-note">{v('compareChart.note')}</p>}
      {proposals.length > 0 && (
        <section className="compare-ledgers">
          <h3>{v('compareLedger.title')}</h3>
          {proposals.map((p) => (
            <section key={p.scenario.id} className="compare-ledger" data-ledger-scenario={p.scenario.id}>
              <h4 title={p.scenario.name}>
                <span className="swatch" style={{ background: proposalColor(p.index) }} aria-hidden="true" />
                {p.scenario.name}
              </h4>
              <LedgerTable rows={p.ledger} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}
