// The preview of a table brought in (SPEC §11): every error at its cell, or what was found — units
// (their kinds editable for a CSV), columns recognised and ignored, duties that became the file's
// own, the notices, and which proposals replacing today's organisation would keep aside — before
// anything changes. Then: a new file, or today's organisation replaced (one undo step).
import { useEffect, useRef } from 'react';
import type { ImportPreview } from '../../office/tables';
import { UNIT_KINDS, type UnitKind } from '../../model';
import { useActions, useAppState } from '../context';
import { type OfficeSay, useOfficeWords } from './words';

/** Units listed in the preview; a table of thousands is summed up below them. */
const UNITS_SHOWN = 200;

export function TableImportDialog() {
  const { o, lang } = useOfficeWords();
  const actions = useActions();
  const table = useAppState((s) => s.tableImport);
  const scenarios = useAppState((s) => s.file?.scenarios.length ?? 0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('button.primary, button')?.focus(), [table?.reading]);
  if (!table) return null;
  const { reply } = table;
  const close = () => void actions.office.closeTableImport();
  const errors = reply && !reply.ok ? reply.errors : [];
  const ready = reply?.ok === true && !table.reading && !table.finishing;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div ref={ref} className="modal table-import" role="dialog" aria-modal="true" aria-label={o('ov.title', { name: table.name })} data-table-import="">
        <h2>{o('ov.title', { name: table.name })}</h2>
        <div className="table-import-body">
          {table.reading && !reply && <p className="pending">{o('ov.reading')}</p>}
          {errors.length > 0 && (
            <section className="table-import-errors" role="alert">
              <p>{o('ov.errors', { count: errors.length })}</p>
              <ol>
                {errors.map((error, i) => (
                  <li key={i} data-import-error="" data-path={error.path}>
                    {error.message[lang]}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {reply?.preview && <Preview preview={reply.preview} refused={errors.length > 0} o={o} lang={lang} reading={table.reading} onKind={(name, kind) => void actions.office.setImportKind(name, kind)} />}
          {reply?.ok && scenarios > 0 && (
            <p className={table.keptAside && table.keptAside.length > 0 ? 'kept-aside warning' : 'kept-aside'} data-kept-aside={table.keptAside?.map((k) => k.id).join(' ')}>
              {!table.keptAside
                ? o('ov.keptAsideWorking')
                : table.keptAside.length > 0
                  ? o('ov.keptAside', { names: table.keptAside.map((k) => `“${k.name}”`).join(lang === 'zh' ? '、' : ', ') })
                  : o('ov.keptAsideNone', { count: scenarios })}
            </p>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" onClick={close}>{reply?.ok ? o('ov.cancel') : o('ov.close')}</button>
          {reply?.ok && (
            <>
              <button type="button" data-action="import-replace" disabled={!ready} onClick={() => void actions.office.finishImport('replace')}>{o('ov.replace')}</button>
              <button type="button" className="primary" data-action="import-open" disabled={!ready} onClick={() => void actions.office.finishImport('open')}>{o('ov.open')}</button>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** What the table holds; for a refused table only its columns and notices (what it would make is beside the point). */
function Preview({ preview, refused, o, lang, reading, onKind }: { preview: ImportPreview; refused: boolean; o: OfficeSay; lang: 'zh' | 'en'; reading: boolean; onKind(name: string, kind: UnitKind): void }) {
  const functions = preview.createdFunctions;
  return (
    <>
      {!refused && <UnitsFound preview={preview} o={o} reading={reading} onKind={onKind} />}
      <dl className="import-columns">
        {preview.columns.map((sheet) => (
          <div key={sheet.sheet}>
            <dt>{o('ov.recognised', { sheet: sheet.sheet })}</dt>
            <dd data-columns-recognised={sheet.sheet}>{sheet.recognised.map((c) => `${c.letter} ${c.header}`).join(' · ')}</dd>
            {sheet.ignored.length > 0 && (
              <>
                <dt>{o('ov.ignored', { sheet: sheet.sheet })}</dt>
                <dd data-columns-ignored={sheet.sheet}>{sheet.ignored.map((c) => `${c.letter} ${c.header}`).join(' · ')}</dd>
              </>
            )}
          </div>
        ))}
      </dl>
      {!refused && functions.length > 0 && (
        <p data-created-functions={functions.map((f) => f.id).join(' ')}>
          {o('ov.functions', { count: functions.length })} {functions.map((f) => f.name).join(lang === 'zh' ? '、' : ', ')}
        </p>
      )}
      {preview.notices.length > 0 && (
        <details className="import-notices">
          <summary>{o('ov.notices')} ({preview.notices.length})</summary>
          <ul>
            {preview.notices.map((n, i) => <li key={i}>{n.message[lang]}</li>)}
          </ul>
        </details>
      )}
    </>
  );
}

/** The units the table makes, their kinds (chosen again here for a CSV), their bureaus. */
function UnitsFound({ preview, o, reading, onKind }: { preview: ImportPreview; o: OfficeSay; reading: boolean; onKind(name: string, kind: UnitKind): void }) {
  const editable = preview.source === 'csv';
  return (
    <>
      <p data-import-found="" data-units={preview.units.length} data-bureaus={preview.bureaus}>
        {o('ov.found', { units: preview.units.length, bureaus: preview.bureaus })}{' '}
        <span className="muted">{preview.source === 'csv' ? o('ov.source.csv', { encoding: preview.encoding ?? 'UTF-8' }) : o('ov.source.xlsx')}</span>
      </p>
      <table className="import-units">
        <thead>
          <tr><th>{o('ov.unitName')}</th><th>{o('ov.unitKind')}</th><th className="num">{o('ov.unitBureaus')}</th></tr>
        </thead>
        <tbody>
          {preview.units.slice(0, UNITS_SHOWN).map((unit) => (
            <tr key={unit.id} data-import-unit={unit.id}>
              <td title={unit.name}>{unit.name}</td>
              <td>
                {editable ? (
                  <select value={unit.kind} disabled={reading} data-unit-kind={unit.id} onChange={(e) => onKind(unit.name, e.target.value as UnitKind)}>
                    {UNIT_KINDS.map((kind) => <option key={kind} value={kind}>{o(`ov.kind.${kind}`)}</option>)}
                  </select>
                ) : (
                  o(`ov.kind.${unit.kind}`)
                )}
                {editable && unit.kindFrom !== 'user' && unit.kindFrom !== 'table' && <span className="muted"> {o(unit.kindFrom === 'name' ? 'ov.kindGuessed' : 'ov.kindDefault')}</span>}
              </td>
              <td className="num">{unit.bureaus}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.units.length > UNITS_SHOWN && <p className="muted">{o('ov.moreUnits', { count: preview.units.length - UNITS_SHOWN })}</p>}
    </>
  );
}
