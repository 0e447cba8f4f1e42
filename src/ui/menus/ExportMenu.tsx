// 导出 / Export: the menu of what leaves the office (the proposals chosen as .xlsx, .pptx, .docx),
// shaped as the File menu (./FileMenu.tsx): each feature adds its entries as one component of list
// items in ENTRIES; they load on first use. Its entries are in the page only while it is open.
import { useT } from '../context';
import { deferredComponent } from '../deferred';
import { officeParts } from '../office/load';
import { EntriesMenu, type MenuEntries } from './EntriesMenu';

/** Each feature's entries, in the order shown: one line each. */
const ENTRIES: readonly MenuEntries[] = [deferredComponent(officeParts, (m) => m.ExportMenuEntries)];

export function ExportMenu() {
  const { t } = useT();
  return <EntriesMenu label={t('menu.export')} action="export-menu" listHook="data-export-menu" entries={ENTRIES} />;
}
