// A file that is not UTF-8, read as GB18030: the user sees the text it gives and says whether it
// reads right before anything opens (a wrong guess would turn every name into nonsense). Its words
// load with it (../../i18n/encoding.ts).
import type { EncodingCheck as Check } from '../../app/chosenFile';
import { encodingText } from '../../i18n/encoding';
import { useActions, useT } from '../context';

export function EncodingCheck({ check }: { check: Check }) {
  const { lang } = useT();
  const t = (key: 'encoding.title' | 'encoding.open' | 'encoding.cancel') => encodingText(lang, key, {});
  const actions = useActions();
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && actions.cancelEncoding()}>
      <div className="modal import-errors" role="alertdialog" aria-modal="true" aria-label={t('encoding.title')} data-encoding-check={check.encoding}>
        <h2>{t('encoding.title')}</h2>
        <p>{encodingText(lang, 'encoding.body', { name: check.name, encoding: check.encoding })}</p>
        <ol>
          {check.sample.map((line, index) => (
            <li key={index} data-decoded-line="">{line}</li>
          ))}
        </ol>
        <div className="modal-actions">
          <button type="button" data-action="cancel-encoding" onClick={() => actions.cancelEncoding()}>{t('encoding.cancel')}</button>
          <button type="button" className="primary" data-action="confirm-encoding" autoFocus onClick={() => void actions.confirmEncoding()}>{t('encoding.open')}</button>
        </div>
      </div>
    </div>
  );
}
