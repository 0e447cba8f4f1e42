// The words of reading a file's bytes and text (reading-zh.ts, reading-en.ts), kept out of the
// engine's catalogue: the page does not read files itself (the worker does, and a file the user
// chooses is decoded by a chunk fetched then), so its first load does not carry them.
import type { Lang, Localized } from './lang';
import { readingEn } from './reading-en';
import { type ReadingCatalogue, readingZh } from './reading-zh';

export type ReadingKey = keyof ReadingCatalogue;
export type ReadingArgs<K extends ReadingKey> = Parameters<ReadingCatalogue[K]> extends [] ? Record<string, never> : Parameters<ReadingCatalogue[K]>[0];

const catalogues: Record<Lang, ReadingCatalogue> = { zh: readingZh, en: readingEn };

export function readingText<K extends ReadingKey>(lang: Lang, key: K, args: ReadingArgs<K>): string {
  return (catalogues[lang][key] as (a: ReadingArgs<K>) => string)(args);
}

export function readingLocalized<K extends ReadingKey>(key: K, args: ReadingArgs<K>): Localized {
  return { zh: readingText('zh', key, args), en: readingText('en', key, args) };
}
