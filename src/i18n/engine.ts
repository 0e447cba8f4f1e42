// What the engine says, and the functions that word it: its messages (zh-CN.ts, en.ts), those of
// format version 2 (format2-*.ts) and of reading any file without harm (robust-*.ts). The model,
// the engine and the worker import only this (the planner, the sharing code, the change list and
// the description of file errors their own words too: ./plan.ts, ./share.ts, ./changes.ts,
// ./describe.ts), so the worker never carries the screen's text (ui-zh.ts, ui-en.ts);
// the screen and the command line import ./index.ts, which holds both.
import { en } from './en';
import { format2En } from './format2-en';
import { format2Zh } from './format2-zh';
import type { Lang, Localized } from './lang';
import { robustEn } from './robust-en';
import { robustZh } from './robust-zh';
import { type Catalogue as CoreCatalogue, zhCN } from './zh-CN';

export type Catalogue = CoreCatalogue & typeof format2Zh & typeof robustZh;
export type EngineMessageKey = keyof Catalogue;

// one line per catalogue pair, Chinese first
export const engineCatalogues: Record<Lang, Catalogue> = {
  zh: { ...zhCN, ...format2Zh, ...robustZh },
  en: { ...en, ...format2En, ...robustEn },
};
const catalogues = engineCatalogues;

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
