// The words of the Office screens (officeView-zh.ts, officeView-en.ts), kept out of the app's
// catalogues: they load with those screens, on first use, so that the first page stays within budget.
import { type ArgsOf, cataloguePair } from './catalogue';
import { officeViewEn } from './officeView-en';
import { type OfficeViewCatalogue, officeViewZh } from './officeView-zh';

export type OfficeViewKey = keyof OfficeViewCatalogue;
export type OfficeViewArgs<K extends OfficeViewKey> = ArgsOf<OfficeViewCatalogue, K>;

const words = cataloguePair(officeViewZh, officeViewEn);

export const officeViewText = words.text;
