// English: the File menu's entries for working with colleagues' files, their undo steps and
// notices (the keys of sharing-zh.ts).
import type { sharingZh } from './sharing-zh';

export const sharingEn: typeof sharingZh = {
  'menu.file': () => 'File',
  'menu.importProposals': () => 'Bring proposals in…',
  'menu.diff': () => 'See what differs…',
  'menu.merge': () => 'Merge two edited copies…',
  'sharing.unreadable': (a) => `The file cannot be read: ${a.reason}`,
  'step.bringIn': (a) => `Bring in ${a.count} ${a.count === 1 ? 'proposal' : 'proposals'}`,
  'step.mergeCopies': (a) => `Merge "${a.title}"`,
  'notice.broughtIn': (a) =>
    `${a.count} ${a.count === 1 ? 'proposal' : 'proposals'} brought in${a.aside > 0 ? `, ${a.aside} kept aside unchanged` : ''}${a.skipped > 0 ? `, ${a.skipped} ${a.skipped === 1 ? 'operation' : 'operations'} that could not apply skipped` : ''}. One undo takes it back.`,
  'notice.mergedCopies': (a) => `Merged${a.leftOut > 0 ? `; ${a.leftOut} ${a.leftOut === 1 ? 'operation' : 'operations'} left out as chosen` : ''}. One undo takes it back.`,
};
