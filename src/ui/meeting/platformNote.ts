// Staff handed to company platforms, said beside the whole area's staff change: inside it or
// beside it (the engine's platformShare decides), never as a second saving.
import { type SavingsStory, platformShare } from '../../app/meeting';
import { grouped } from '../../i18n';
import type { ViewsTranslate } from './useViewsText';

export function platformNote(v: ViewsTranslate, area: SavingsStory['area']): string | undefined {
  const share = platformShare(area);
  if (share === undefined) return undefined;
  return v(share === 'within' ? 'story.ofWhichPlatform' : 'story.platformOutside', { n: grouped(area.toPlatforms) });
}
