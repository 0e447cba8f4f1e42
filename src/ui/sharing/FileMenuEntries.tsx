// The File menu's entries for working with colleagues' files (the menu itself: ../menus/FileMenu.tsx).
// Each entry a list item; the file input of "bring proposals in" is the entry itself, so that a
// file chosen there goes straight to the dialog.
import { useActions } from '../context';
import { useShareWords } from './words';

export function SharingMenuEntries({ onDone }: { onDone(): void }) {
  const { s } = useShareWords();
  const actions = useActions();
  return (
    <>
      <li role="none">
        <label className="menu-item file-item" role="menuitem">
          <span className="menu-title">{s('sv.menu.importProposals')}</span>
          <span className="menu-meta">{s('sv.menu.importProposalsHint')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-proposals"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              onDone();
              if (chosen) void actions.share.bringInFrom(chosen);
            }}
          />
        </label>
      </li>
      <li role="none">
        <button type="button" role="menuitem" data-action="diff" onClick={() => (onDone(), void actions.share.start('diff'))}>
          <span className="menu-title">{s('sv.menu.diff')}</span>
          <span className="menu-meta">{s('sv.menu.diffHint')}</span>
        </button>
      </li>
      <li role="none">
        <button type="button" role="menuitem" data-action="merge-file" onClick={() => (onDone(), void actions.share.start('merge'))}>
          <span className="menu-title">{s('sv.menu.merge')}</span>
          <span className="menu-meta">{s('sv.menu.mergeHint')}</span>
        </button>
      </li>
    </>
  );
}
