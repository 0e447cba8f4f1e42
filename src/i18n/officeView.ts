// The words of the Office screens (officeView-zh.ts, officeView-en.ts), kept out of the app's
// catalogues: they load with those screens, on first use, so that the first page stays within budget.
import type { Lang } from './lang';
import { officeViewEn } from './officeView-en';
import { type OfficeViewCatalogue, officeViewZh } from './officeView-zh';

export type OfficeViewKey = keyof OfficeViewCatalogue;
export type OfficeViewArgs<K extends OfficeViewKey> = Parameters<OfficeViewCatalogue[K]> extends [] ? Record<string, never> : Parameters<OfficeViewCatalogue[K]>[0];

const catalogues: Record<Lang, OfficeViewCatalogue> = { zh: officeViewZh, en: officeViewEn };

export function officeViewText<K extends OfficeViewKey>(lang: Lang, key: K, args: OfficeViewArgs<K>): string {
  const render = catalogues[lang][key] as (a: OfficeViewArgs<K>) => string;
  return render(args);
}
