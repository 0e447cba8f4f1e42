import type { ScenarioFile } from '../model';
import { useActions, useAppState, useT } from './context';
import { download, fileName } from './export/download';
import { ExportMenu } from './menus/ExportMenu';
import { FileMenu } from './menus/FileMenu';
import { FileTitle } from './meeting/FileTitle';
import { PresentButton } from './present/PresentButton';
import { ExamplesMenu } from './share/ExamplesMenu';
import { RecentFiles } from './share/RecentFiles';

export type View = 'model' | 'compare' | 'beforeAfter' | 'present';

export function Header({ file, view, onView }: { file: ScenarioFile; view: View; onView(view: View, proposals?: string[]): void }) {
  const { t, lang, say } = useT();
  const actions = useActions();
  const history = useAppState((s) => s.history);
  const storage = useAppState((s) => s.storage);
  const unsaved = useAppState((s) => s.unsaved);
  const lastPast = history.past[history.past.length - 1];
  const lastFuture = history.future[history.future.length - 1];
  const save = async () => {
    const saved = await actions.save();
    if (saved) download(`${fileName(saved.name) || 'zonereform'}.json`, saved.text, 'application/json');
  };
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">▦</span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <FileTitle file={file} unsaved={unsaved} />
      <nav className="views" aria-label={t('app.views')}>
        <button type="button" aria-pressed={view === 'model'} onClick={() => onView('model')}>{t('view.model')}</button>
        <button type="button" data-action="compare" aria-pressed={view === 'compare'} onClick={() => onView('compare')}>{t('view.compare')}</button>
        <button type="button" data-action="before-after" aria-pressed={view === 'beforeAfter'} onClick={() => onView('beforeAfter')} disabled={file.scenarios.length === 0}>{t('view.beforeAfter')}</button>
        <PresentButton file={file} onPresent={(proposals) => onView('present', proposals)} />
      </nav>
      <div className="topbar-actions">
        {storage === 'conflict' ? (
          <span className="storage-warning conflict" role="alert" data-conflict="">
            {t('app.conflict')}
            <button type="button" data-action="reload" onClick={() => void actions.keepBeforeReload().then((kept) => kept && window.location.reload())}>{t('conflict.reload')}</button>
            <button type="button" data-action="keep-this-tab" onClick={() => void actions.keepThisTab()}>{t('conflict.keep')}</button>
          </span>
        ) : (
          storage !== 'ok' && <span className="storage-warning" role="status">{t('app.notSaved')}</span>
        )}
        <label className="open-file">
          {t('app.open')}
          <input
            type="file"
            accept=".json,application/json"
            data-action="open-file"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void actions.openChosenFile(chosen);
            }}
          />
        </label>
        <RecentFiles />
        <ExamplesMenu />
        <FileMenu />
        <ExportMenu />
        <button type="button" data-action="save-file" onClick={() => void save()}>{t('app.save')}</button>
        <button type="button" data-action="undo" aria-label={t('app.undo')} onClick={() => void actions.undo()} disabled={!lastPast} title={lastPast ? t('app.undoWhat', { what: say(lastPast.label) }) : t('app.undo')}>
          <span aria-hidden="true">↶</span> <span className="button-label">{t('app.undo')}</span>
        </button>
        <button type="button" data-action="redo" aria-label={t('app.redo')} onClick={() => void actions.redo()} disabled={!lastFuture} title={lastFuture ? t('app.redoWhat', { what: say(lastFuture.label) }) : t('app.redo')}>
          <span aria-hidden="true">↷</span> <span className="button-label">{t('app.redo')}</span>
        </button>
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          <button type="button" data-lang="zh" aria-pressed={lang === 'zh'} onClick={() => void actions.setLang('zh')}>中文</button>
          <button type="button" data-lang="en" aria-pressed={lang === 'en'} onClick={() => void actions.setLang('en')}>EN</button>
        </div>
      </div>
    </header>
  );
}
