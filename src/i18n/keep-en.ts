import type { keepZh } from './keep-zh';

const RECORD_EN: Record<string, string> = { recent: 'recent-files list', history: 'undo history', revision: 'save counter' };

export const keepEn: typeof keepZh = {
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
