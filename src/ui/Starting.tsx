// What the page shows until a file is open: "opening…", or, when nothing was kept in this browser
// and the example could not be fetched (offline, or a new version of the app put up in between), why
// there is no file, with a way to reload.
import { useT } from './context';

export function Starting({ noFile }: { noFile: boolean }) {
  const { t } = useT();
  if (!noFile) return <div className="loading">{t('app.loading')}</div>;
  return (
    <div className="loading no-file" role="alert" data-no-file="">
      <p>{t('app.noExample')}</p>
      <button type="button" data-action="reload" onClick={() => window.location.reload()}>{t('conflict.reload')}</button>
    </div>
  );
}
