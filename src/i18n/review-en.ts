// The English of review-zh.ts, key for key.
import type { ReviewCatalogue } from './review-zh';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const reviewEn: ReviewCatalogue = {
  'status.label': () => 'Status',
  'status.choose': (a) => `Status of “${a.name}”`,
  'status.unlock': () => 'Back to draft',
  'status.submittedNote': () => 'Submitted: read who proposed each change and when, and write comments in its note.',
  'status.deleteApprovedTitle': (a) => `Delete the approved proposal “${a.name}”?`,
  'status.deleteApprovedBody': () => 'This proposal has been approved. Undo brings it back after deleting.',
  'status.delete': () => 'Delete',
  'author.title': () => 'Your name',
  'author.why': () => 'Every change in a proposal records who proposed it and when, for colleagues who review it. Your name is kept only in this browser.',
  'author.name': () => 'Name',
  'author.placeholder': () => 'e.g. Zhang San',
  'author.skip': () => 'Not now',
  'author.save': () => 'OK',
  'author.menu': (a) => (a.name ? `Signed: ${a.name}` : 'Signed: no name'),
  'author.change': () => 'Change your name',
  'author.tooLong': () => 'A name has at most 100 characters.',
  'when.date': (a) => `${a.day} ${MONTHS[a.month - 1] ?? a.month}${a.year === undefined ? '' : ` ${a.year}`}`,
  'when.dateTime': (a) => `${a.date} ${a.time}`,
  'review.by': () => 'Proposed by',
  'review.at': () => 'When',
  'review.doc': () => 'Document',
  'review.note': () => 'Note',
  'review.mode': () => 'Review view',
  'review.none': () => '—',
  'clear.remove': () => 'Remove',
  'clear.removed': () => 'to be removed',
  'clear.undo': () => 'Keep',
  'adjust.by': (a) => `Proposed by ${a.names}`,
  'adjust.bySeparator': () => ', ',
  'clear.current': (a) => `now ${a.value}`,
};
