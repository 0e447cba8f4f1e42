import { en } from './en';
import { type Lang, type Localized } from './lang';
import { uiEn } from './ui-en';
import { uiZh } from './ui-zh';
import { type Catalogue as CoreCatalogue, zhCN } from './zh-CN';
import { meetingEn } from './meeting-en';
import { meetingZh } from './meeting-zh';
import type { describeZh } from './describe-zh';
import type { viewsZh } from './views-zh';

export { LANGS, functionLabel, grouped, isLang, percent, type FunctionRef, type Lang, type Localized } from './lang';

type Catalogue = CoreCatalogue &
  typeof uiZh &
  typeof meetingZh &
  typeof viewsZh &
  typeof describeZh;
export type MessageKey = keyof Catalogue;

// one line per catalogue pair, Chinese first; the texts of views that load on demand join when
// those views arrive (addCatalogue: views.ts), and those that describe file errors where errors are
// described (the worker and the command line: model/describe.ts)
const catalogues = {
  zh: {
    ...zhCN,
    ...uiZh,
    ...meetingZh,
  },
  en: {
    ...en,
    ...uiEn,
    ...meetingEn,
  },
} as Record<Lang, Catalogue>;

/** Adds the texts of a view that loads on demand (the same keys in both languages). */
export function addCatalogue(zh: Partial<Catalogue>, en: Partial<Catalogue>): void {
  Object.assign(catalogues.zh, zh);
  Object.assign(catalogues.en, en);
}

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

export function translate<K extends MessageKey>(lang: Lang, key: K, args: MessageArgs<K>): string {
  const render = catalogues[lang][key] as ((a: MessageArgs<K>) => string) | undefined;
  // a text of a view not loaded yet: its key, rather than a crash
  return render ? render(args) : String(key);
}

export function render(lang: Lang, message: Message): string {
  return translate(lang, message.key, message.args as never);
}

export function localize(message: Message): Localized {
  return { zh: render('zh', message), en: render('en', message) };
}
