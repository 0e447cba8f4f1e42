// The words of the sharing dialogs (shareView-zh.ts, shareView-en.ts), kept out of the app's
// catalogues: they load with the dialogs, on first use, so that the first page stays within budget.
import type { Lang } from './lang';
import { shareViewEn } from './shareView-en';
import { type ShareViewCatalogue, shareViewZh } from './shareView-zh';

export type ShareViewKey = keyof ShareViewCatalogue;
export type ShareViewArgs<K extends ShareViewKey> = Parameters<ShareViewCatalogue[K]> extends [] ? Record<string, never> : Parameters<ShareViewCatalogue[K]>[0];

const catalogues: Record<Lang, ShareViewCatalogue> = { zh: shareViewZh, en: shareViewEn };

export function shareViewText<K extends ShareViewKey>(lang: Lang, key: K, args: ShareViewArgs<K>): string {
  const render = catalogues[lang][key] as (a: ShareViewArgs<K>) => string;
  return render(args);
}
