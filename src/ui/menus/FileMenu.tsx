// 文件 / File: the menu of file-level commands (bring proposals in, see what differs, merge …), so
// that the top bar, scarce at 1366×768, does not grow a row of buttons. Each feature adds its
// entries as one component of list items in ENTRIES; they load with the dialogs, after the first
// paint. A file input of an entry is in the page only while the menu is open.
import { useT } from '../context';
import { deferred, deferredComponent } from '../deferred';
import { EntriesMenu, type MenuEntries } from './EntriesMenu';

const dialogs = deferred(() => import('../dialogs/DialogHost'));

/** Each feature's entries, in the order shown: one line each. */
const ENTRIES: readonly MenuEntries[] = [
  deferredComponent(dialogs, (m) => m.SharingMenuEntries),
  deferredComponent(deferred(() => import('../office/parts')), (m) => m.TableMenuEntries),
];

export function FileMenu() {
  const { t } = useT();
  return <EntriesMenu label={t('menu.file')} action="file-menu" listHook="data-file-menu" entries={ENTRIES} />;
}
