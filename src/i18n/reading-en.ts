import type { ReadingCatalogue } from './reading-zh';

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export const readingEn: ReadingCatalogue = {
  'key.duplicate': (a) =>
    `The key "${a.key}" appears twice in the same object (lines ${a.lines[0]} and ${a.lines[1]}). JSON keeps only one of them and which one was meant cannot be known: remove the extra one.`,
  'file.notUtf8': () =>
    'The file is not UTF-8 text, nor readable as GB18030 ("ANSI" on Chinese Windows); it may be damaged or not a scenario file. Save it as UTF-8 in an editor, then open it again.',
  'file.tooLargeToRead': (a) =>
    `The file is too large: ${a.bytes === undefined ? 'more than' : `${mb(a.bytes)} MB, over`} the limit of ${a.limit / 1048576} MB; it was not read. Split the scenarios or remove what is not needed.`,
};
