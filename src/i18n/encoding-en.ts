import type { EncodingCatalogue } from './encoding-zh';

export const encodingEn: EncodingCatalogue = {
  'encoding.title': () => 'Check how the file is encoded',
  'encoding.body': (a) =>
    `${a.name} is not UTF-8 text. Read as ${a.encoding} ("ANSI" on Chinese Windows), its text is as below. Open it only if the text is right; if it is garbled, cancel, save the file as UTF-8 in an editor and open it again.`,
  'encoding.open': () => 'The text is right: open',
  'encoding.cancel': () => 'Cancel',
};
