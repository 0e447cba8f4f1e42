// The change list's words (changes-zh.ts, changes-en.ts, with the names of fields and values in
// changeWords.ts): the engine says each line as a message, and whoever shows the change list puts it
// into words (the change list in the panel, which loads on demand, the exports, the command line),
// so the first page does not carry them.
import { changesEn } from './changes-en';
import { type ChangesCatalogue, changesZh } from './changes-zh';
import type { Lang } from './lang';

export type ChangeKey = keyof ChangesCatalogue;
export type ChangeArgs<K extends ChangeKey> = Parameters<ChangesCatalogue[K]>[0];

/** A line of the change list not yet put into words: plain data, sent from the worker. */
export type ChangeMessage = { key: ChangeKey; args: ChangeArgs<ChangeKey> };

const catalogues: Record<Lang, ChangesCatalogue> = { zh: changesZh, en: changesEn };

export function changeMessage<K extends ChangeKey>(key: K, args: ChangeArgs<K>): ChangeMessage {
  return { key, args } as ChangeMessage;
}

export function renderChange(lang: Lang, message: ChangeMessage): string {
  return (catalogues[lang][message.key] as (a: ChangeArgs<ChangeKey>) => string)(message.args);
}

/** Whether `key` is one of the change list's. */
export function isChangeKey(key: string): key is ChangeKey {
  return Object.hasOwn(changesZh, key);
}
