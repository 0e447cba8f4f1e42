// A file that could not be opened: every error with its JSON path, in the user's language, to read
// and to copy; the open work was not touched.
import { useState } from 'react';
import { type FileError, errorCount } from '../../model';
import { useActions, useT } from '../context';

export function ImportErrors({ name, errors }: { name: string; errors: readonly FileError[] }) {
  const { t, lang } = useT();
  const actions = useActions();
  const [copied, setCopied] = useState(false);
  const about = (e: FileError) => (e.subject ? `${e.subject[lang]}${lang === 'zh' ? '：' : ': '}` : '');
  const text = errors.map((e) => `${e.path}  ${about(e)}${e.message[lang]}`).join('\n');
  // a list cut short ends with how many more there are: said below the list, not numbered in it
  const listed = errors.filter((e) => e.code !== 'file.moreErrors');
  const more = errors.find((e) => e.code === 'file.moreErrors');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // no clipboard permission: select the list so that the user can copy it by hand
      const list = document.querySelector('.import-errors ol');
      if (list) window.getSelection()?.selectAllChildren(list);
    }
  };
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && actions.closeImportErrors()}>
      <div className="modal import-errors" role="alertdialog" aria-modal="true" aria-label={t('import.title')}>
        <h2>{t('import.title')}</h2>
        <p>{t('import.intro', { name: name || t('import.thisFile'), count: errorCount(errors) })}</p>
        <ol>
          {listed.map((error, index) => (
            <li key={index} data-import-error="" data-path={error.path}>
              <code>{error.path}</code> {error.subject && <strong className="error-subject">{about(error)}</strong>}
              {error.message[lang]}
            </li>
          ))}
        </ol>
        {more && <p className="more-errors" data-more-errors={more.more}>{more.message[lang]}</p>}
        <div className="modal-actions">
          <button type="button" data-action="copy-errors" onClick={() => void copy()}>{copied ? t('import.copied') : t('import.copy')}</button>
          <button type="button" className="primary" autoFocus onClick={() => actions.closeImportErrors()}>{t('dialog.close')}</button>
        </div>
      </div>
    </div>
  );
}
