// The first slide: the file, the proposals presented, and for one proposal what it does, said so
// no one misreads it: the zones' own slimming apart from the whole area's totals.
import type { FigureChange } from '../../app/meeting';
import { grouped } from '../../i18n';
import type { ScenarioFile } from '../../model';
import { proposalColor } from '../compare/palette';
import { useT } from '../context';
import { Delta, type Measure } from '../meeting/Delta';
import type { MeetingProposal } from '../meeting/useMeeting';
import { shortenMiddle } from '../text';
import { useViewsText } from '../meeting/useViewsText';
import { platformNote } from '../meeting/platformNote';

function Tile({ label, change, measure, note, hook }: { label: string; change: FigureChange; measure: Measure; note?: string; hook: string }) {
  return (
    <li data-tile={hook} data-value={change.after} data-baseline-value={change.before}>
      <span className="tile-label">{label}</span>
      <span className="tile-values">
        {grouped(change.before)} → <strong>{grouped(change.after)}</strong>
      </span>
      <Delta change={change} measure={measure} />
      {note && <span className="tile-note">{note}</span>}
    </li>
  );
}

export function TitleSlide({ file, proposals, illustrative }: { file: ScenarioFile; proposals: readonly MeetingProposal[]; illustrative: boolean }) {
  const { t } = useT();
  const { v } = useViewsText();
  const one = proposals.length === 1 ? proposals[0] : undefined;
  return (
    <div className="slide-title">
      {file.region && <p className="slide-region">{file.region}</p>}
      <h1>{file.title}</h1>
      {illustrative && <p className="slide-mark inline" data-illustrative="">{t('fileInfo.illustrativeLong')}</p>}
      {one ? (
        <>
          <h2 className="slide-subtitle" title={one.scenario.name}>
            <span className="swatch" style={{ background: proposalColor(one.index) }} aria-hidden="true" />
            {shortenMiddle(one.scenario.name, 90)}
          </h2>
          {one.story.zones && (
            <section className="slide-tiles">
              <h3>{v('story.zones')}</h3>
              <ul>
                <Tile hook="zones.bodies" label={v('story.bodies')} change={one.story.zones.bodies} measure="bodies" />
                <Tile hook="zones.staff" label={v('story.staff')} change={one.story.zones.staff} measure="people" />
                <Tile hook="zones.leaderPosts" label={v('story.posts')} change={one.story.zones.leaderPosts} measure="posts" />
              </ul>
            </section>
          )}
          <section className="slide-tiles">
            <h3>{v('story.area')}</h3>
            <ul>
              <Tile hook="bodies.total" label={v('story.bodies')} change={one.story.area.bodies} measure="bodies" />
              <Tile
                hook="staff.total"
                label={v('story.staff')}
                change={one.story.area.staff}
                measure="people"
                note={platformNote(v, one.story.area)}
              />
              <Tile hook="leaderPosts" label={v('story.posts')} change={one.story.area.leaderPosts} measure="posts" />
            </ul>
          </section>
        </>
      ) : (
        proposals.length > 0 && (
          <section className="slide-proposals">
            <h3>{v('slide.proposals', { n: proposals.length })}</h3>
            <ol>
              {proposals.map((p) => (
                <li key={p.scenario.id} title={p.scenario.name}>
                  <span className="proposal-name">
                    <span className="swatch" style={{ background: proposalColor(p.index) }} aria-hidden="true" />
                    {shortenMiddle(p.scenario.name, 60)}
                  </span>
                  {p.story.zones && (
                    <span className="proposal-line">
                      {v('slide.zonesStaff')} <Delta change={p.story.zones.staff} measure="people" />
                    </span>
                  )}
                  <span className="proposal-line">
                    {v('slide.areaStaff')} <Delta change={p.story.area.staff} measure="people" />
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )
      )}
    </div>
  );
}
