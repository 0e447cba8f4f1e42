// The planning assistant's screens, one chunk loaded on first use: the fixes under a problem and
// the suggestion dialog.
export { FixesPanel } from './FixesPanel';
export { SuggestDialog } from './SuggestDialog';
