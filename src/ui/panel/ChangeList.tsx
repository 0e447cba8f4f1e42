// 调整清单: one sentence per operation of the scenario, with its document number and note, both
// editable in place (an edit is one undo step). Loaded with the meeting parts, on idle: the change
// list is behind a tab, and its words (i18n/changes.ts) need not come with the first page.
import { useState } from 'react';
import type { ChangeLine } from '../../engine';
import { renderChange } from '../../i18n/changes';
import { useActions, useT } from '../context';
import { MadeBy } from '../status/MadeBy';

interface Props {
  scenarioId: string;
  lines: readonly ChangeLine[];
  /** Why the records cannot be edited (an approved proposal), or undefined. */
  locked?: string;
  onShow(line: ChangeLine): void;
}

export function ChangeList({ scenarioId, lines, locked, onShow }: Props) {
  const { t } = useT();
  if (lines.length === 0) return <p className="all-clear">{t('changes.none')}</p>;
  return (
    <ol className="changes">
      {lines.map((line) => (
        // keyed by the record too: after an undo the fields show the record as it is again
        <ChangeItem key={`${scenarioId}-${line.index}-${line.doc ?? ''}-${line.note ?? ''}`} scenarioId={scenarioId} line={line} locked={locked} onShow={onShow} />
      ))}
    </ol>
  );
}

function ChangeItem({ scenarioId, line, locked, onShow }: { scenarioId: string; line: ChangeLine; locked: string | undefined; onShow(line: ChangeLine): void }) {
  const { t, lang } = useT();
  const actions = useActions();
  const [doc, setDoc] = useState(line.doc ?? '');
  const [note, setNote] = useState(line.note ?? '');
  const save = (field: 'doc' | 'note', value: string) => {
    if (value === (line[field] ?? '')) return;
    void actions.editRecord(scenarioId, line.index, { [field]: value });
  };
  return (
    <li className="change" data-change-index={line.index}>
      <button type="button" className="change-text" onClick={() => onShow(line)}>
        <span className="change-number">{line.index + 1}</span>
        {renderChange(lang, line.message)}
      </button>
      <div className="change-made"><MadeBy record={line} /></div>
      <div className="change-record">
        <label>
          <span>{t('changes.doc')}</span>
          <input value={doc} readOnly={locked !== undefined} title={locked} placeholder={t('changes.docPlaceholder')} onChange={(e) => setDoc(e.target.value)} onBlur={() => save('doc', doc)} />
        </label>
        <label className="change-note">
          <span>{t('changes.note')}</span>
          {/* a note is shown whole, on as many lines as it takes */}
          <textarea value={note} readOnly={locked !== undefined} title={locked} rows={Math.max(1, note.split('\n').length)} onChange={(e) => setNote(e.target.value)} onBlur={() => save('note', note)} />
        </label>
      </div>
    </li>
  );
}
