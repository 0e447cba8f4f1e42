// The words of the encoding check (encoding-zh.ts, encoding-en.ts), read only by its dialog, which
// loads after the first paint: the first page does not carry them.
import { encodingEn } from './encoding-en';
import { type EncodingCatalogue, encodingZh } from './encoding-zh';
import { type ArgsOf, cataloguePair } from './catalogue';

export type EncodingKey = keyof EncodingCatalogue;
export type EncodingArgs<K extends EncodingKey> = ArgsOf<EncodingCatalogue, K>;

const words = cataloguePair(encodingZh, encodingEn);

export const encodingText = words.text;
