// The texts of the Office parts (SPEC §11), kept out of the app's catalogues: they load with the
// Office chunks, on first use, so that the first page stays within its budget.
import type { Lang, Localized } from './lang';
import { officeEn } from './office-en';
import { type OfficeCatalogue, officeZh } from './office-zh';

export type OfficeKey = keyof OfficeCatalogue;
export type OfficeArgs<K extends OfficeKey> = Parameters<OfficeCatalogue[K]> extends [] ? Record<string, never> : Parameters<OfficeCatalogue[K]>[0];

const catalogues: Record<Lang, OfficeCatalogue> = { zh: officeZh, en: officeEn };

export function officeText<K extends OfficeKey>(lang: Lang, key: K, args: OfficeArgs<K>): string {
  const render = catalogues[lang][key] as (a: OfficeArgs<K>) => string;
  return render(args);
}

export function officeLocalized<K extends OfficeKey>(key: K, args: OfficeArgs<K>): Localized {
  return { zh: officeText('zh', key, args), en: officeText('en', key, args) };
}
