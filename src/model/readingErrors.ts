// An error of reading a file's bytes or text, worded by the catalogue of reading files
// (../i18n/reading.ts), which only the code that reads files carries.
import { type ReadingArgs, type ReadingKey, readingLocalized } from '../i18n/reading';
import type { FileError } from './errors';

export function readingError<K extends ReadingKey>(path: string, key: K, args: ReadingArgs<K>): FileError {
  return { path, code: key, message: readingLocalized(key, args) };
}
