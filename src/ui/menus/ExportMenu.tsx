// 导出 / Export: the menu of what leaves the office (the proposals chosen as .xlsx, .pptx, .docx),
// shaped as the File menu (./FileMenu.tsx): each feature adds its entries as one component of list
// items in ENTRIES; they load on first use. Its entries are in the page only while it is open.
import { type ComponentType, useEffect, useRef, useState } from 'react';
import { useT } from '../context';
import { deferredComponent } from '../deferred';
import { officeParts } from '../office/load';

/** Each feature's entries, in the order shown: one line each. */
const ENTRIES: ReadonlyArray<ComponentType<{ onDone(): void }>> = [deferredComponent(officeParts, (m) => m.ExportMenuEntries)];

export function ExportMenu() {
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
      <button type="button" data-action="export-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('menu.export')} ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" data-export-menu="">
          {ENTRIES.map((Entries, i) => (
            <Entries key={i} onDone={() => setOpen(false)} />
          ))}
        </ul>
      )}
    </div>
  );
}
