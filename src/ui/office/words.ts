// The words of the Office screens in the language on screen (src/i18n/officeView.ts, loaded with
// them), beside the app's own (useT).
import { useCallback } from 'react';
import { type OfficeViewArgs, type OfficeViewKey, officeViewText } from '../../i18n/officeView';
import { useT } from '../context';

export type OfficeSay = <K extends OfficeViewKey>(key: K, ...args: OfficeViewArgs<K> extends Record<string, never> ? [] : [OfficeViewArgs<K>]) => string;

export function useOfficeWords() {
  const words = useT();
  const { lang } = words;
  const o = useCallback(((key: OfficeViewKey, args?: object) => officeViewText(lang, key, (args ?? {}) as never)) as OfficeSay, [lang]);
  return { ...words, o };
}
