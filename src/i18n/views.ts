// The words of the meeting views that load on demand (views-zh.ts, views-en.ts): the ledger, the
// before/after story, the slides, compare and the examples menu. Only those views import this, so
// their words come with their chunks and the first page never carries them.
import { type ArgsOf, cataloguePair } from './catalogue';
import { viewsEn } from './views-en';
import { viewsZh } from './views-zh';

type ViewsCatalogue = typeof viewsZh;
export type ViewsKey = keyof ViewsCatalogue;
export type ViewsArgs<K extends ViewsKey> = ArgsOf<ViewsCatalogue, K>;

const words = cataloguePair(viewsZh, viewsEn);

export const viewsText = words.text;

/** Whether `key` is one of the meeting views'. */
export const isViewsKey = words.has;
