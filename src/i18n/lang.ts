export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the product speaks, Chinese first. */
export interface Localized {
  zh: string;
  en: string;
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** 0.5 → "50%", 0.6667 → "66.7%": at most one decimal, no trailing zero. */
export function percent(ratio: number): string {
  const value = Math.round(ratio * 1000) / 10;
  return `${value}%`;
}

const GROUPED = new Intl.NumberFormat('en-US');

/** 12345 → "12,345": figures read the same in both languages (one formatter, made once). */
export function grouped(n: number): string {
  return GROUPED.format(n);
}

/** A duty as messages name it: the file's name, and for a built-in duty the product's own English words. */
export interface FunctionRef {
  id: string;
  name: string;
  /** The English words of a built-in duty of SPEC §4 that the file does not rename. */
  en?: string;
}

export function functionLabel(ref: FunctionRef, lang: Lang): string {
  return lang === 'en' ? (ref.en ?? ref.name) : ref.name;
}
