// A feature's own catalogue pair (Chinese first, English with the same keys), loaded only where that
// feature is: the words it speaks, in one language or in both, and whether a key is one of its own.
// Each feature's accessor module (plan.ts, share.ts, views.ts …) is made from this one.
import type { Lang, Localized } from './lang';

type Messages = Record<string, (args: never) => string>;

/** The arguments a message takes; `{}` for one that takes none. */
export type ArgsOf<C extends Messages, K extends keyof C> = Parameters<C[K]> extends [] ? Record<string, never> : Parameters<C[K]>[0];

export interface CataloguePair<C extends Messages> {
  /** A message in one language. */
  text<K extends keyof C & string>(lang: Lang, key: K, args: ArgsOf<C, K>): string;
  /** A message in both, as errors and notices carry them. */
  localized<K extends keyof C & string>(key: K, args: ArgsOf<C, K>): Localized;
  /** Whether `key` is one of this pair's (an own key: never one of Object.prototype's). */
  has(key: string): key is keyof C & string;
}

export function cataloguePair<C extends Messages>(zh: C, en: C): CataloguePair<C> {
  const catalogues: Record<Lang, C> = { zh, en };
  const text = <K extends keyof C & string>(lang: Lang, key: K, args: ArgsOf<C, K>): string => (catalogues[lang][key] as (a: ArgsOf<C, K>) => string)(args);
  return {
    text,
    localized: (key, args) => ({ zh: text('zh', key, args), en: text('en', key, args) }),
    has: (key): key is keyof C & string => Object.hasOwn(zh, key),
  };
}
