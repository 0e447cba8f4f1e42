// The words of reading a file's bytes and text (reading-zh.ts, reading-en.ts), kept out of the
// engine's catalogue: the page does not read files itself (the worker does, and a file the user
// chooses is decoded by a chunk fetched then), so its first load does not carry them.
import { type ArgsOf, cataloguePair } from './catalogue';
import { readingEn } from './reading-en';
import { type ReadingCatalogue, readingZh } from './reading-zh';

export type ReadingKey = keyof ReadingCatalogue;
export type ReadingArgs<K extends ReadingKey> = ArgsOf<ReadingCatalogue, K>;

const words = cataloguePair(readingZh, readingEn);

export const readingText = words.text;

export const readingLocalized = words.localized;
