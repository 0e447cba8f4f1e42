// 文件 / File: the menu of file-level commands (bring proposals in, see what differs, merge …), so
// that the top bar, scarce at 1366×768, does not grow a row of buttons. Each feature adds its
// entries as one component of list items in ENTRIES; they load with the dialogs, after the first
// paint. A file input of an entry is in the page only while the menu is open.
import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useT } from '../context';
import { deferred, deferredComponent } from '../deferred';

const dialogs = deferred(() => import('../dialogs/DialogHost'));

/** Each feature's entries, in the order shown: one line each. */
const ENTRIES: ReadonlyArray<ComponentType<{ onDone(): void }>> = [
  deferredComponent(dialogs, (m) => m.SharingMenuEntries),
  deferredComponent(deferred(() => import('../office/parts')), (m) => m.TableMenuEntries),
];

export function FileMenu() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => !ref.current?.contains(event.target as Node) && setOpen(false);
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" data-action="file-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('menu.file')} ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" data-file-menu="">
          {ENTRIES.map((Entries, i) => (
            <Entries key={i} onDone={() => setOpen(false)} />
          ))}
        </ul>
      )}
    </div>
  );
}
