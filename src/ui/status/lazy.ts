// The parts of status and review that may appear a moment after the first paint (the status
// control, the lock note, the change list with its review, the question of the user's name): one
// chunk with their words (i18n/review.ts), fetched when the browser is idle after the first paint.
// The badge on each proposal's tab is on the first page.
import { deferred, deferredComponent } from '../deferred';

export const statusParts = deferred(() => import('./StatusParts'));
export const ChangesPanel = deferredComponent(statusParts, (m) => m.ChangesPanel);
export const AuthorDialog = deferredComponent(statusParts, (m) => m.AuthorDialog);
export const LockNote = deferredComponent(statusParts, (m) => m.LockNote);
export const StatusControl = deferredComponent(statusParts, (m) => m.StatusControl);
