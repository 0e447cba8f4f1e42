// The texts of the Office parts (SPEC §11), kept out of the app's catalogues: they load with the
// Office chunks, on first use, so that the first page stays within its budget.
import { type ArgsOf, cataloguePair } from './catalogue';
import { officeEn } from './office-en';
import { type OfficeCatalogue, officeZh } from './office-zh';

export type OfficeKey = keyof OfficeCatalogue;
export type OfficeArgs<K extends OfficeKey> = ArgsOf<OfficeCatalogue, K>;

const words = cataloguePair(officeZh, officeEn);

export const officeText = words.text;

export const officeLocalized = words.localized;
