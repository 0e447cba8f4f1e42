import type { robustZh } from './robust-zh';

const RECORD_EN: Record<string, string> = { recent: 'recent-files list', history: 'undo history', revision: 'save counter' };

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export const robustEn: typeof robustZh = {
  'file.moreErrors': (a) => `… and ${a.count} more ${a.count === 1 ? 'error' : 'errors'}, not listed one by one (fix those above first).`,
  'key.duplicate': (a) =>
    `The key "${a.key}" appears twice in the same object (lines ${a.lines[0]} and ${a.lines[1]}). JSON keeps only one of them and which one was meant cannot be known: remove the extra one.`,
  'file.notUtf8': () =>
    'The file is not UTF-8 text, nor readable as GB18030 ("ANSI" on Chinese Windows); it may be damaged or not a scenario file. Save it as UTF-8 in an editor, then open it again.',
  'file.decoded': (a) => `The file is in ${a.encoding}; it was converted to be read. Saving writes it as UTF-8.`,
  'file.unreadable': (a) => `The file cannot be read: ${a.reason}`,
  'file.tooLargeToRead': (a) =>
    `The file is too large: ${a.bytes === undefined ? 'more than' : `${mb(a.bytes)} MB, over`} the limit of ${a.limit / 1048576} MB; it was not read. Split the scenarios or remove what is not needed.`,
  'encoding.title': () => 'Check how the file is encoded',
  'encoding.body': (a) =>
    `${a.name} is not UTF-8 text. Read as ${a.encoding} ("ANSI" on Chinese Windows), its text is as below. Open it only if the text is right; if it is garbled, cancel, save the file as UTF-8 in an editor and open it again.`,
  'encoding.open': () => 'The text is right: open',
  'encoding.cancel': () => 'Cancel',
  'keep.failed': (a) =>
    `The unsaved work on "${a.title}" could not be put into Recent files (the browser's storage is full or failed), so the other file was not opened and your work is as it was. Save it to your computer with "Save file" first, then open the other file.`,
  'keep.otherTabFailed': () =>
    'The work another tab stored could not be put into Recent files (the browser\'s storage is full or failed), so this tab\'s work was not written over it. Save this tab\'s work to your computer with "Save file" first.',
  'record.setAside': (a) =>
    `${a.count} ${a.count === 1 ? 'entry' : 'entries'} of the ${RECORD_EN[a.what] ?? a.what} stored in this browser could not be read or used (perhaps from another version); ${a.count === 1 ? 'it was' : 'they were'} kept aside and the rest is used as usual.`,
  'recent.damaged': () => 'This recent file was damaged where the browser keeps it and cannot be opened. Other files are not affected.',
  'engine.slow': () => 'The calculation engine has not answered for a few seconds; if it still does not, it will be restarted. Your work is not affected.',
  'engine.restarted': () => 'The calculation engine was restarted and the figures computed again.',
};
