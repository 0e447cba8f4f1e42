// The language switched: remembered, saved with the work, and the report asked for again in it
// (the engine words its findings; the figures do not change).
import type { Lang } from '../../i18n';
import type { Core } from './types';

export async function setLang(core: Core, lang: Lang, rememberLang?: (lang: Lang) => void): Promise<void> {
  core.store.set({ lang });
  rememberLang?.(lang);
  core.settled(false);
  const report = await core.engine.reportIn(lang);
  if (report) core.store.set({ report });
}
