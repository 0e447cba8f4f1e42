// A file error in the words of sharing files (src/i18n/share.ts), not the engine's catalogue: the
// page carries those words only with the sharing features.
import { type ShareArgs, type ShareKey, shareLocalized } from '../../i18n/share';
import type { FileError } from '../../model';

export function shareError<K extends ShareKey>(path: string, key: K, args: ShareArgs<K>): FileError {
  return { path, code: key, message: shareLocalized(key, args) };
}
