// The proposals side by side on one slide (a few at a time): the zones' own bodies and staff, the
// whole area's, leader posts, rules broken and each zone's economic share; every change from today
// in words, ★ only where a proposal is better than today and best of those presented.
import { unitFiguresOf } from '../../app/figures';
import { figureChange } from '../../app/meeting';
import type { Report } from '../../engine';
import { grouped, percent } from '../../i18n';
import type { ScenarioFile } from '../../model';
import { proposalColor } from '../compare/palette';
import { bestOf } from '../compare/rows';
import { useT } from '../context';
import { Delta, type Measure, RatioDelta } from '../meeting/Delta';
import type { MeetingProposal } from '../meeting/useMeeting';
import { shortenMiddle } from '../text';
import { type ViewsTranslate, useViewsText } from '../meeting/useViewsText';
import { platformNote } from '../meeting/platformNote';

interface KeyRow {
  key: string;
  label: string;
  measure: Measure;
  ratio?: boolean;
  better: 'lower' | 'higher';
  /** today's value, and a proposal's */
  today: number | null;
  of(p: MeetingProposal): number | null;
  note?(p: MeetingProposal): string | undefined;
}

export function keyRows(file: ScenarioFile, report: Report, proposals: readonly MeetingProposal[], t: ReturnType<typeof useT>['t'], v: ViewsTranslate): KeyRow[] {
  const base = report.baseline;
  const errors = (list: Report['baseline']['violations']) => list.filter((x) => x.severity === 'error').length;
  const warnings = (list: Report['baseline']['violations']) => list.filter((x) => x.severity === 'warning').length;
  const zonesStory = proposals[0]?.story.zones;
  const rows: KeyRow[] = [];
  if (zonesStory) {
    rows.push(
      { key: 'zones.bodies', label: v('slide.zonesBodies'), measure: 'bodies', better: 'lower', today: zonesStory.bodies.before, of: (p) => p.story.zones?.bodies.after ?? null },
      { key: 'zones.staff', label: v('slide.zonesStaff'), measure: 'people', better: 'lower', today: zonesStory.staff.before, of: (p) => p.story.zones?.staff.after ?? null },
    );
  }
  rows.push(
    { key: 'bodies.total', label: v('slide.areaBodies'), measure: 'bodies', better: 'lower', today: base.metrics.bodies.total, of: (p) => p.report.metrics.bodies.total },
    {
      key: 'staff.total', label: v('slide.areaStaff'), measure: 'people', better: 'lower', today: base.metrics.staff.total, of: (p) => p.report.metrics.staff.total,
      note: (p) => platformNote(v, p.story.area),
    },
    { key: 'leaderPosts', label: v('slide.areaPosts'), measure: 'posts', better: 'lower', today: base.metrics.leaderPosts, of: (p) => p.report.metrics.leaderPosts },
    { key: 'errors', label: t('compare.errors'), measure: '', better: 'lower', today: errors(base.violations), of: (p) => errors(p.report.violations) },
    { key: 'warnings', label: t('compare.warnings'), measure: '', better: 'lower', today: warnings(base.violations), of: (p) => warnings(p.report.violations) },
  );
  for (const u of file.units.filter((x) => x.kind === 'zone' || x.kind === 'office')) {
    rows.push({ key: `ratio.${u.id}`, label: t('compare.ratioOf', { unit: u.name }), measure: '', ratio: true, better: 'higher', today: unitFiguresOf(base.metrics, u.id)?.economicRatio ?? null, of: (p) => unitFiguresOf(p.report.metrics, u.id)?.economicRatio ?? null });
  }
  return rows;
}

/** ★ goes to a value strictly better than today's and the best among the proposals (as in the compare view). */
export function starred(row: Pick<KeyRow, 'better' | 'today'>, values: ReadonlyArray<number | null>): number | undefined {
  return bestOf(row, row.today, values);
}

interface Props {
  file: ScenarioFile;
  report: Report;
  /** every proposal presented (the ★ is judged among them all) */
  proposals: readonly MeetingProposal[];
  /** those on this slide */
  columns: readonly MeetingProposal[];
  range?: [number, number];
}

export function CompareSlideTable({ file, report, proposals, columns, range }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  const rows = keyRows(file, report, proposals, t, v);
  const shown = range ? rows.slice(range[0], range[1]) : rows;
  return (
    <table className="slide-compare">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" className="num">{t('state.baseline')}</th>
          {columns.map((p) => (
            <th key={p.scenario.id} scope="col" className="num" title={p.scenario.name}>
              <span className="swatch" style={{ background: proposalColor(p.index) }} aria-hidden="true" />
              {shortenMiddle(p.scenario.name, 28)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => {
          const star = starred(row, proposals.map((p) => row.of(p)));
          const format = (v: number | null) => (v === null ? '—' : row.ratio ? percent(v) : grouped(v));
          return (
            <tr key={row.key} data-page-item="">
              <th scope="row">{row.label}</th>
              <td className="num">{format(row.today)}</td>
              {columns.map((p) => {
                const value = row.of(p);
                const note = row.note?.(p);
                return (
                  <td key={p.scenario.id} className={`num${star !== undefined && value === star ? ' best' : ''}`}>
                    <span className="slide-value">
                      {format(value)}
                      {star !== undefined && value === star && <span className="best-mark" aria-label={t('compare.best')} title={t('compare.best')}>★</span>}
                    </span>
                    {value !== null && row.today !== null && (row.ratio ? <RatioDelta before={row.today} after={value} /> : <Delta change={figureChange(row.today, value)} measure={row.measure} />)}
                    {note && <span className="slide-note">{note}</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
