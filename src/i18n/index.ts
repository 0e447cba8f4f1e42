// Every text a user reads, in Chinese and English: what the engine says (./engine.ts, the only part
// the worker carries beside the planner's words, ./plan.ts) and the screen's own text (ui-zh.ts,
// ui-en.ts, meeting-zh.ts, meeting-en.ts). The app, the screen and the command line import this;
// the command line's own text is in ./cli.ts, the views that load on demand have theirs in ./views.ts.
import { type Catalogue as EngineCatalogue, engineCatalogues } from './engine';
import { keepEn } from './keep-en';
import { keepZh } from './keep-zh';
import type { Lang, Localized } from './lang';
import { assistantEn } from './assistant-en';
import { assistantZh } from './assistant-zh';
import { meetingEn } from './meeting-en';
import { meetingZh } from './meeting-zh';
import { menusEn } from './menus-en';
import { menusZh } from './menus-zh';
import { sharingEn } from './sharing-en';
import { sharingZh } from './sharing-zh';
import { uiEn } from './ui-en';
import { uiZh } from './ui-zh';
import { officeUiEn } from './officeui-en';
import { officeUiZh } from './officeui-zh';
import { statusEn } from './status-en';
import { statusZh } from './status-zh';

export { LANGS, functionLabel, grouped, isLang, percent, type FunctionRef, type Lang, type Localized } from './lang';
export type { EngineMessage, EngineMessageArgs, EngineMessageKey } from './engine';

type Catalogue = EngineCatalogue & typeof uiZh & typeof meetingZh & typeof keepZh & typeof sharingZh & typeof menusZh & typeof statusZh & typeof assistantZh & typeof officeUiZh;
export type MessageKey = keyof Catalogue;

// the worker's words and the screen's: a feature's own catalogue pair joins one of the two lists
const catalogues: Record<Lang, Catalogue> = {
  zh: { ...engineCatalogues.zh, ...uiZh, ...meetingZh, ...keepZh, ...sharingZh, ...menusZh, ...statusZh, ...assistantZh, ...officeUiZh },
  en: { ...engineCatalogues.en, ...uiEn, ...meetingEn, ...keepEn, ...sharingEn, ...menusEn, ...statusEn, ...assistantEn, ...officeUiEn },
};

/** The arguments a message takes; `{}` for one that takes none. */
export type MessageArgs<K extends MessageKey> = Parameters<Catalogue[K]> extends [] ? Record<string, never> : Parameters<Catalogue[K]>[0];

/** A message not yet put into words: the key and its arguments, plain data. */
export interface Message<K extends MessageKey = MessageKey> {
  key: K;
  args: MessageArgs<K>;
}

export function message<K extends MessageKey>(key: K, args: MessageArgs<K>): Message {
  return { key, args } as Message;
}

/** Whether this version has a message of that key (stored records may name one it does not). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues.zh, key) && Object.hasOwn(catalogues.en, key);
}

export function translate<K extends MessageKey>(lang: Lang, key: K, args: MessageArgs<K>): string {
  const render = catalogues[lang][key] as (a: MessageArgs<K>) => string;
  return render(args);
}

export function render(lang: Lang, message: Message): string {
  return translate(lang, message.key, message.args as never);
}

export function localize(message: Message): Localized {
  return { zh: render('zh', message), en: render('en', message) };
}
