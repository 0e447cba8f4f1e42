// The words of sharing files (share-zh.ts, share-en.ts): comparing two files, bringing proposals in,
// merging two edited copies. The engine's sharing code and the command line (npm run diff) speak
// them; the page carries them only with those features.
import type { Lang, Localized } from './lang';
import { shareEn } from './share-en';
import { type ShareCatalogue, shareZh } from './share-zh';

export type ShareKey = keyof ShareCatalogue;
export type ShareArgs<K extends ShareKey> = Parameters<ShareCatalogue[K]> extends [] ? Record<string, never> : Parameters<ShareCatalogue[K]>[0];

/** A message of sharing not yet put into words. */
export type ShareMessage = { key: ShareKey; args: ShareArgs<ShareKey> };

const catalogues: Record<Lang, ShareCatalogue> = { zh: shareZh, en: shareEn };

export function shareMessage<K extends ShareKey>(key: K, args: ShareArgs<K>): ShareMessage {
  return { key, args } as ShareMessage;
}

export function shareText<K extends ShareKey>(lang: Lang, key: K, args: ShareArgs<K>): string {
  return (catalogues[lang][key] as (a: ShareArgs<K>) => string)(args);
}

export function shareLocalized<K extends ShareKey>(key: K, args: ShareArgs<K>): Localized {
  return { zh: shareText('zh', key, args), en: shareText('en', key, args) };
}

/** Whether `key` is one of sharing's. */
export function isShareKey(key: string): key is ShareKey {
  return Object.hasOwn(shareZh, key);
}
