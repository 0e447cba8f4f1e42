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
