// The words of status, authors and review that load on demand (review-zh.ts, review-en.ts): only the
// parts shown after the first paint (the status control, the lock note, the change list and its
// review, the question of the name, the unit dialog's 移除) import this, so the first page never
// carries them.
import { type ArgsOf, cataloguePair } from './catalogue';
import { reviewEn } from './review-en';
import { type ReviewCatalogue, reviewZh } from './review-zh';

export type ReviewKey = keyof ReviewCatalogue;
export type ReviewArgs<K extends ReviewKey> = ArgsOf<ReviewCatalogue, K>;

const words = cataloguePair(reviewZh, reviewEn);

export const reviewText = words.text;
