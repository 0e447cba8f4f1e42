// The change list read for review (issue 16, point 4): each operation with who proposed it, when,
// its document number and its note. Comments on an operation live in its note, editable (one undo
// step) unless the proposal is approved, which locks it.
import { useState } from 'react';
import type { ChangeLine } from '../../engine';
import { renderChange } from '../../i18n/changes';
import { nameShown } from '../../app/author';
import { useActions, useT } from '../context';
import { MadeBy } from './MadeBy';
import { useReviewText } from './useReviewText';

interface Props {
  scenarioId: string;
  lines: readonly ChangeLine[];
  /** Why notes cannot be edited (an approved proposal), or undefined. */
  locked: string | undefined;
  onShow(line: ChangeLine): void;
}

export function ReviewList({ scenarioId, lines, locked, onShow }: Props) {
  const { t } = useT();
  if (lines.length === 0) return <p className="all-clear">{t('changes.none')}</p>;
  return (
    <ol className="review" data-review="">
      {lines.map((line) => (
        // keyed by the note too: after an undo the field shows the note as it is again
        <ReviewItem key={`${scenarioId}-${line.index}-${line.note ?? ''}`} scenarioId={scenarioId} line={line} locked={locked} onShow={onShow} />
      ))}
    </ol>
  );
}

function ReviewItem({ scenarioId, line, locked, onShow }: { scenarioId: string; line: ChangeLine; locked: string | undefined; onShow(line: ChangeLine): void }) {
  const { lang } = useT();
  const { r } = useReviewText();
  const actions = useActions();
  const [note, setNote] = useState(line.note ?? '');
  const none = r('review.none');
  return (
    <li className="change" data-change-index={line.index}>
      <button type="button" className="change-text" onClick={() => onShow(line)}>
        <span className="change-number">{line.index + 1}</span>
        {renderChange(lang, line.message)}
      </button>
      <dl>
        <dt>{r('review.by')}</dt>
        <dd data-review-by="">{line.by === undefined ? none : <bdi>{nameShown(line.by)}</bdi>}</dd>
        <dt>{r('review.at')}</dt>
        <dd data-review-at="">{line.at ? <MadeBy record={{ at: line.at }} /> : none}</dd>
        <dt>{r('review.doc')}</dt>
        <dd data-review-doc="">{line.doc ?? none}</dd>
        <dt>{r('review.note')}</dt>
        <dd>
          <textarea
            data-review-note=""
            value={note}
            readOnly={locked !== undefined}
            title={locked}
            rows={Math.max(1, note.split('\n').length)}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== (line.note ?? '') && void actions.editRecord(scenarioId, line.index, { note })}
          />
        </dd>
      </dl>
    </li>
  );
}
