// The whole area and the zones themselves, said apart so that "0 saved" district-wide cannot hide
// a zone that went from 14 bodies to 10; where the zones' staff went is one click away.
import type { SavingsStory } from '../../app/meeting/savings';
import { grouped } from '../../i18n';
import { useT } from '../context';
import { Delta } from './Delta';

export function SavingsSummary({ story, open }: { story: SavingsStory; open?: boolean }) {
  const { t } = useT();
  const { area, zones } = story;
  const platform = area.toPlatforms;
  return (
    <div className="savings-summary" data-savings-summary="">
      <dl>
        <dt title={t('story.areaHint')}>{t('story.area')}</dt>
        <dd>
          <span className="story-item">
            {t('story.staff')} {grouped(area.staff.before)} → {grouped(area.staff.after)} <Delta change={area.staff} measure="people" />
            {platform > 0 && (
              <span className="story-part">
                {area.staff.direction === 'down' && area.staff.amount >= platform
                  ? t('story.ofWhichPlatform', { n: grouped(platform) })
                  : t('story.platformOutside', { n: grouped(platform) })}
              </span>
            )}
          </span>
          <span className="story-item">
            {t('story.bodies')} {grouped(area.bodies.before)} → {grouped(area.bodies.after)} <Delta change={area.bodies} measure="bodies" />
          </span>
        </dd>
        {zones && (
          <>
            <dt title={t('story.zonesHint', { n: zones.units })}>{t('story.zones')}</dt>
            <dd>
              <span className="story-item">
                {t('story.staff')} {grouped(zones.staff.before)} → {grouped(zones.staff.after)} <Delta change={zones.staff} measure="people" />
              </span>
              <span className="story-item">
                {t('story.bodies')} {grouped(zones.bodies.before)} → {grouped(zones.bodies.after)} <Delta change={zones.bodies} measure="bodies" />
              </span>
            </dd>
          </>
        )}
      </dl>
      {zones && (
        <details className="story-flows" open={open}>
          <summary data-action="staff-flows">{t('story.flows')}</summary>
          <ul>
            {zones.flows.toLocals > 0 && <li><span>{t('story.toLocals')}</span> <strong>{t('story.people', { n: grouped(zones.flows.toLocals) })}</strong></li>}
            {zones.flows.toPlatforms > 0 && <li><span>{t('story.toPlatforms')}</span> <strong>{t('story.people', { n: grouped(zones.flows.toPlatforms) })}</strong></li>}
            {zones.flows.toOthers > 0 && <li><span>{t('story.toOthers')}</span> <strong>{t('story.people', { n: grouped(zones.flows.toOthers) })}</strong></li>}
            {zones.flows.fromOutside > 0 && <li><span>{t('story.fromOutside')}</span> <strong>{t('story.people', { n: grouped(zones.flows.fromOutside) })}</strong></li>}
            <li><span>{t('story.inPlace')}</span> <Delta change={zones.flows.inPlace} measure="people" /></li>
          </ul>
        </details>
      )}
    </div>
  );
}
