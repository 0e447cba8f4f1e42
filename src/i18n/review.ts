// The words of status, authors and review that load on demand (review-zh.ts, review-en.ts): only the
// parts shown after the first paint (the status control, the lock note, the change list and its
// review, the question of the name, the unit dialog's 移除) import this, so the first page never
// carries them.
import type { Lang } from './lang';
import { reviewEn } from './review-en';
import { type ReviewCatalogue, reviewZh } from './review-zh';

export type ReviewKey = keyof ReviewCatalogue;
export type ReviewArgs<K extends ReviewKey> = Parameters<ReviewCatalogue[K]> extends [] ? Record<string, never> : Parameters<ReviewCatalogue[K]>[0];

const catalogues: Record<Lang, ReviewCatalogue> = { zh: reviewZh, en: reviewEn };

export function reviewText<K extends ReviewKey>(lang: Lang, key: K, args: ReviewArgs<K>): string {
  return (catalogues[lang][key] as (a: ReviewArgs<K>) => string)(args);
}
