// A menu of the top bar whose entries come from the features (FileMenu.tsx, ExportMenu.tsx): a
// button, and while it is open the list of each feature's entries; a click outside or Esc closes it,
// as an entry does when it is done. A file input of an entry is in the page only while it is open.
import type { ComponentType } from 'react';
import { usePopover } from '../meeting/useDismiss';

export type MenuEntries = ComponentType<{ onDone(): void }>;

interface Props {
  /** The button's words. */
  label: string;
  /** Its stable hook (`data-action`). */
  action: string;
  /** The list's own attribute (`data-file-menu`, `data-export-menu`). */
  listHook: string;
  entries: readonly MenuEntries[];
}

export function EntriesMenu({ label, action, listHook, entries }: Props) {
  const { open, setOpen, close, ref } = usePopover<HTMLDivElement>();
  return (
    <div className="menu" ref={ref}>
      <button type="button" data-action={action} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {label} ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" {...{ [listHook]: '' }}>
          {entries.map((Entries, i) => (
            <Entries key={i} onDone={close} />
          ))}
        </ul>
      )}
    </div>
  );
}
