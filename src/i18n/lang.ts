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

/** A duty as messages name it: the file's name, or for a built-in duty the product's own words. */
export interface FunctionRef {
  id: string;
  name: string;
  /** The built-in duty of SPEC §4, not renamed by the file. */
  builtIn: boolean;
}

const BUILT_IN_EN: Record<string, string> = {
  'investment-promotion': 'investment promotion',
  'industry-development': 'industry development',
  'sci-tech-innovation': 'science and technology innovation',
  'business-environment': 'business environment and government services',
  'talent-attraction': 'talent attraction',
  'economic-management': 'economic management',
  'urban-management': 'urban management',
  'municipal-maintenance': 'municipal maintenance',
  'land-acquisition': 'land acquisition and relocation',
  'livelihood-services': 'livelihood services',
  'party-affairs': 'Party affairs',
  'general-office': 'general office',
  finance: 'finance',
  'planning-construction': 'planning and construction',
  'ecology-safety': 'ecology and work safety',
  'state-assets': 'state asset management',
};

export function functionLabel(ref: FunctionRef, lang: Lang): string {
  return lang === 'en' && ref.builtIn ? (BUILT_IN_EN[ref.id] ?? ref.name) : ref.name;
}
