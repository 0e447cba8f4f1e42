// The words of the meeting views that load on demand (views-zh.ts, views-en.ts): the ledger, the
// before/after story, the slides, compare and the examples menu. Only those views import this, so
// their words come with their chunks and the first page never carries them.
import type { Lang } from './lang';
import { viewsEn } from './views-en';
import { viewsZh } from './views-zh';

type ViewsCatalogue = typeof viewsZh;
export type ViewsKey = keyof ViewsCatalogue;
export type ViewsArgs<K extends ViewsKey> = Parameters<ViewsCatalogue[K]> extends [] ? Record<string, never> : Parameters<ViewsCatalogue[K]>[0];

const catalogues: Record<Lang, ViewsCatalogue> = { zh: viewsZh, en: viewsEn };

export function viewsText<K extends ViewsKey>(lang: Lang, key: K, args: ViewsArgs<K>): string {
  return (catalogues[lang][key] as (a: ViewsArgs<K>) => string)(args);
}

/** Whether `key` is one of the meeting views'. */
export function isViewsKey(key: string): key is ViewsKey {
  return Object.hasOwn(viewsZh, key);
}
