// The words of sharing files (share-zh.ts, share-en.ts): comparing two files, bringing proposals in,
// merging two edited copies. The engine's sharing code and the command line (npm run diff) speak
// them; the page carries them only with those features.
import { type ArgsOf, cataloguePair } from './catalogue';
import { shareEn } from './share-en';
import { type ShareCatalogue, shareZh } from './share-zh';

export type ShareKey = keyof ShareCatalogue;
export type ShareArgs<K extends ShareKey> = ArgsOf<ShareCatalogue, K>;

/** A message of sharing not yet put into words. */
export type ShareMessage = { key: ShareKey; args: ShareArgs<ShareKey> };

const words = cataloguePair(shareZh, shareEn);

export function shareMessage<K extends ShareKey>(key: K, args: ShareArgs<K>): ShareMessage {
  return { key, args } as ShareMessage;
}

export const shareText = words.text;

export const shareLocalized = words.localized;

/** Whether `key` is one of sharing's. */
export const isShareKey = words.has;
