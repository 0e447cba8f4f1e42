// What the engine says: its catalogue (zh-CN.ts, en.ts) and the functions that word its messages.
// The model, the engine and the worker import only this, so the worker never carries the screen's
// text (ui-zh.ts, ui-en.ts); the screen and the command line import ./index.ts, which holds both.
import { en } from './en';
import type { Lang, Localized } from './lang';
import { type Catalogue, zhCN } from './zh-CN';

export type EngineMessageKey = keyof Catalogue;

const catalogues: Record<Lang, Catalogue> = { zh: zhCN, en };

/** The arguments an engine message takes; `{}` for one that takes none. */
export type EngineMessageArgs<K extends EngineMessageKey> = Parameters<Catalogue[K]> extends [] ? Record<string, never> : Parameters<Catalogue[K]>[0];

/** An engine message not yet put into words: the key and its arguments, plain data. */
export interface EngineMessage<K extends EngineMessageKey = EngineMessageKey> {
  key: K;
  args: EngineMessageArgs<K>;
}

export function engineMessage<K extends EngineMessageKey>(key: K, args: EngineMessageArgs<K>): EngineMessage {
  return { key, args } as EngineMessage;
}

export function translateEngine<K extends EngineMessageKey>(lang: Lang, key: K, args: EngineMessageArgs<K>): string {
  return (catalogues[lang][key] as (a: EngineMessageArgs<K>) => string)(args);
}

export function renderEngine(lang: Lang, message: EngineMessage): string {
  return translateEngine(lang, message.key, message.args as never);
}

export function localizeEngine(message: EngineMessage): Localized {
  return { zh: renderEngine('zh', message), en: renderEngine('en', message) };
}
