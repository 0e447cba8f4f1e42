import { usePopover } from '../meeting/useDismiss';
import { useActions, useAppState, useT } from '../context';

export function RecentFiles() {
  const { t, lang } = useT();
  const actions = useActions();
  const recent = useAppState((s) => s.recent);
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  return (
    <div className="menu" ref={ref}>
      <button type="button" data-action="recent-files" aria-expanded={open} onClick={() => setOpen((o) => !o)} disabled={recent.length === 0}>
        {t('recent.title')} ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu">
          {recent.map((entry) => (
            <li key={entry.id} role="none">
              <button
                type="button"
                role="menuitem"
                data-recent-id={entry.id}
                onClick={() => {
                  setOpen(false);
                  void actions.openRecent(entry.id);
                }}
              >
                <span className="menu-title">{entry.title}</span>
                <span className="menu-meta">
                  {t(`recent.${entry.reason}`)} · {new Date(entry.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
