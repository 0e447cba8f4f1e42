// The words of the encoding check (encoding-zh.ts, encoding-en.ts), read only by its dialog, which
// loads after the first paint: the first page does not carry them.
import { encodingEn } from './encoding-en';
import { type EncodingCatalogue, encodingZh } from './encoding-zh';
import type { Lang } from './lang';

export type EncodingKey = keyof EncodingCatalogue;
export type EncodingArgs<K extends EncodingKey> = Parameters<EncodingCatalogue[K]> extends [] ? Record<string, never> : Parameters<EncodingCatalogue[K]>[0];

const catalogues: Record<Lang, EncodingCatalogue> = { zh: encodingZh, en: encodingEn };

export function encodingText<K extends EncodingKey>(lang: Lang, key: K, args: EncodingArgs<K>): string {
  return (catalogues[lang][key] as (a: EncodingArgs<K>) => string)(args);
}
