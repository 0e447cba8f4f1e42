// The assistant's screens as the first page knows them: a chunk fetched on first use (or when the
// browser is idle), each part drawn once it has arrived.
import { deferred, deferredComponent } from '../deferred';

export const assistantScreens = deferred(() => import('./index'));
export const FixesPanel = deferredComponent(assistantScreens, (m) => m.FixesPanel);
export const SuggestDialog = deferredComponent(assistantScreens, (m) => m.SuggestDialog);
