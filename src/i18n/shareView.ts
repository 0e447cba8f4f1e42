// The words of the sharing dialogs (shareView-zh.ts, shareView-en.ts), kept out of the app's
// catalogues: they load with the dialogs, on first use, so that the first page stays within budget.
import { type ArgsOf, cataloguePair } from './catalogue';
import { shareViewEn } from './shareView-en';
import { type ShareViewCatalogue, shareViewZh } from './shareView-zh';

export type ShareViewKey = keyof ShareViewCatalogue;
export type ShareViewArgs<K extends ShareViewKey> = ArgsOf<ShareViewCatalogue, K>;

const words = cataloguePair(shareViewZh, shareViewEn);

export const shareViewText = words.text;
