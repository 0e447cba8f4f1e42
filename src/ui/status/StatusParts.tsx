// What ./lazy.ts loads after the first paint.
export { AuthorDialog } from './AuthorDialog';
export { ChangesPanel } from './ChangesPanel';
export { LockNote } from './LockNote';
export { StatusControl } from './StatusControl';
