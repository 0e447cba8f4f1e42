// The whole area and the zones themselves, said apart so that "0 saved" district-wide cannot hide
// a zone that went from 14 bodies to 10; where the zones' staff went is one click away.
import type { SavingsStory } from '../../app/meeting';
import { grouped } from '../../i18n';
import { useT } from '../context';
import { Delta } from './Delta';
import { useViewsText } from './useViewsText';
import { platformNote } from './platformNote';

export function SavingsSummary({ story, open }: { story: SavingsStory; open?: boolean }) {
  const { t } = useT();
  const { v } = useViewsText();
  const { area, zones } = story;
  const platform = platformNote(v, area);
  return (
    <div className="savings-summary" data-savings-summary="">
      <dl>
        <dt title={v('story.areaHint')}>{v('story.area')}</dt>
        <dd>
          <span className="story-item">
            {v('story.staff')} {grouped(area.staff.before)} → {grouped(area.staff.after)} <Delta change={area.staff} measure="people" />
            {platform && <span className="story-part">{platform}</span>}
          </span>
          <span className="story-item">
            {v('story.bodies')} {grouped(area.bodies.before)} → {grouped(area.bodies.after)} <Delta change={area.bodies} measure="bodies" />
          </span>
        </dd>
        {zones && (
          <>
            <dt title={v('story.zonesHint', { n: zones.units })}>{v('story.zones')}</dt>
            <dd>
              <span className="story-item">
                {v('story.staff')} {grouped(zones.staff.before)} → {grouped(zones.staff.after)} <Delta change={zones.staff} measure="people" />
              </span>
              <span className="story-item">
                {v('story.bodies')} {grouped(zones.bodies.before)} → {grouped(zones.bodies.after)} <Delta change={zones.bodies} measure="bodies" />
              </span>
            </dd>
          </>
        )}
      </dl>
      {zones && (
        <details className="story-flows" open={open}>
          <summary data-action="staff-flows">{v('story.flows')}</summary>
          <ul>
            {zones.flows.toLocals > 0 && <li><span>{v('story.toLocals')}</span> <strong>{v('story.people', { n: grouped(zones.flows.toLocals) })}</strong></li>}
            {zones.flows.toPlatforms > 0 && <li><span>{v('story.toPlatforms')}</span> <strong>{v('story.people', { n: grouped(zones.flows.toPlatforms) })}</strong></li>}
            {zones.flows.toOthers > 0 && <li><span>{v('story.toOthers')}</span> <strong>{v('story.people', { n: grouped(zones.flows.toOthers) })}</strong></li>}
            {zones.flows.fromOutside > 0 && <li><span>{v('story.fromOutside')}</span> <strong>{v('story.people', { n: grouped(zones.flows.fromOutside) })}</strong></li>}
            <li><span>{v('story.inPlace')}</span> <Delta change={zones.flows.inPlace} measure="people" /></li>
          </ul>
        </details>
      )}
    </div>
  );
}
