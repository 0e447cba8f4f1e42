import type { ScenarioFile } from '../model';
import { useActions, useAppState, useT } from './context';

export function Header({ file }: { file: ScenarioFile }) {
  const { t, lang, say } = useT();
  const actions = useActions();
  const history = useAppState((s) => s.history);
  const storage = useAppState((s) => s.storage);
  const lastPast = history.past[history.past.length - 1];
  const lastFuture = history.future[history.future.length - 1];
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">▦</span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <div className="file-title">
        <h1 title={file.title}>{file.title}</h1>
        {file.region && <span className="region">{file.region}</span>}
      </div>
      <div className="topbar-actions">
        {storage !== 'ok' && <span className="storage-warning" role="status">{t('app.notSaved')}</span>}
        <label className="open-file">
          {t('app.open')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="open-file"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void chosen.text().then((text) => actions.openText(text));
            }}
          />
        </label>
        <button type="button" data-action="undo" onClick={() => void actions.undo()} disabled={!lastPast} title={lastPast ? t('app.undoWhat', { what: say(lastPast.label) }) : t('app.undo')}>
          ↶ {t('app.undo')}
        </button>
        <button type="button" data-action="redo" onClick={() => void actions.redo()} disabled={!lastFuture} title={lastFuture ? t('app.redoWhat', { what: say(lastFuture.label) }) : t('app.redo')}>
          ↷ {t('app.redo')}
        </button>
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          <button type="button" data-lang="zh" aria-pressed={lang === 'zh'} onClick={() => void actions.setLang('zh')}>中文</button>
          <button type="button" data-lang="en" aria-pressed={lang === 'en'} onClick={() => void actions.setLang('en')}>EN</button>
        </div>
      </div>
    </header>
  );
}
