// 调整清单: one sentence per operation of the scenario, with its document number and note, both
// editable in place (an edit is one undo step). Loaded with the meeting parts, on idle: the change
// list is behind a tab, and its words (i18n/changes.ts) need not come with the first page.
import { useState } from 'react';
import type { ChangeLine } from '../../engine';
import { renderChange } from '../../i18n/changes';
import { useActions, useT } from '../context';

interface Props {
  scenarioId: string;
  lines: readonly ChangeLine[];
  onShow(line: ChangeLine): void;
}

export function ChangeList({ scenarioId, lines, onShow }: Props) {
  const { t } = useT();
  if (lines.length === 0) return <p className="all-clear">{t('changes.none')}</p>;
  return (
    <ol className="changes">
      {lines.map((line) => (
        // keyed by the record too: after an undo the fields show the record as it is again
        <ChangeItem key={`${scenarioId}-${line.index}-${line.doc ?? ''}-${line.note ?? ''}`} scenarioId={scenarioId} line={line} onShow={onShow} />
      ))}
    </ol>
  );
}

function ChangeItem({ scenarioId, line, onShow }: { scenarioId: string; line: ChangeLine; onShow(line: ChangeLine): void }) {
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
      <div className="change-record">
        <label>
          <span>{t('changes.doc')}</span>
          <input value={doc} placeholder={t('changes.docPlaceholder')} onChange={(e) => setDoc(e.target.value)} onBlur={() => save('doc', doc)} />
        </label>
        <label className="change-note">
          <span>{t('changes.note')}</span>
          {/* a note is shown whole, on as many lines as it takes */}
          <textarea value={note} rows={Math.max(1, note.split('\n').length)} onChange={(e) => setNote(e.target.value)} onBlur={() => save('note', note)} />
        </label>
      </div>
    </li>
  );
}
