import { useEffect } from 'react';
import type { Notice } from '../app/notices';
import { useActions, useAppState, useT } from './context';

export function Notices() {
  const notices = useAppState((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => <NoticeItem key={n.id} notice={n} />)}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { t, lang, say } = useT();
  const actions = useActions();
  useEffect(() => {
    // errors stay until read and closed; the rest go by themselves
    if (notice.tone === 'error') return;
    const timer = setTimeout(() => actions.dismissNotice(notice.id), 10_000);
    return () => clearTimeout(timer);
  }, [notice, actions]);
  return (
    <div className={`notice ${notice.tone}`} data-notice={notice.tone}>
      <div className="notice-text">
        <strong>{say(notice.message)}</strong>
        {notice.details && notice.details.length > 0 && (
          <ul>
            {notice.details.map((d, i) => (
              <li key={i}>{d.message[lang]}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="close" onClick={() => actions.dismissNotice(notice.id)} aria-label={t('dialog.close')}>×</button>
    </div>
  );
}
