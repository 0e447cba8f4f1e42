// The parts of the modeller that are not needed for the first paint (the savings summary under the
// figures, the ledger and change list tabs, the file's notes, the examples list, the presentation chooser): one chunk,
// fetched when the browser is idle after the first paint.
import { deferred, deferredComponent } from '../deferred';

export const meetingParts = deferred(() => import('./MeetingParts'));
export const SavingsPanel = deferredComponent(meetingParts, (m) => m.SavingsPanel);
export const LedgerPanel = deferredComponent(meetingParts, (m) => m.LedgerPanel);
export const ExamplesList = deferredComponent(meetingParts, (m) => m.ExamplesList);
export const PresentChooser = deferredComponent(meetingParts, (m) => m.PresentChooser);
export const ChangeList = deferredComponent(meetingParts, (m) => m.ChangeList);
export const FileNotes = deferredComponent(meetingParts, (m) => m.FileNotes);
