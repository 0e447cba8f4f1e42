import { en } from './en';
import { type Lang, type Localized } from './lang';
import { robustEn } from './robust-en';
import { robustZh } from './robust-zh';
import { uiEn } from './ui-en';
import { uiZh } from './ui-zh';
import { type Catalogue as CoreCatalogue, zhCN } from './zh-CN';

export { LANGS, functionLabel, grouped, isLang, percent, type FunctionRef, type Lang, type Localized } from './lang';

type Catalogue = CoreCatalogue & typeof uiZh & typeof robustZh;
export type MessageKey = keyof Catalogue;

const catalogues: Record<Lang, Catalogue> = { zh: { ...zhCN, ...uiZh, ...robustZh }, en: { ...en, ...uiEn, ...robustEn } };

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
