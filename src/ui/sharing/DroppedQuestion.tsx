// A scenario file dropped while work is open: open it (the work on screen is kept first), or use it
// with the open work — bring its proposals in, see what differs, merge it.
import type { OtherFile } from '../../app/sharing/request';
import type { DroppedAnswer } from '../../app/sharing';
import { useActions } from '../context';
import { Sheet } from './Sheet';
import { useShareWords } from './words';

const ANSWERS: ReadonlyArray<{ answer: DroppedAnswer; action: string; label: 'sv.dropped.open' | 'sv.dropped.bringIn' | 'sv.dropped.diff' | 'sv.dropped.merge'; hint: 'sv.dropped.openHint' | 'sv.dropped.bringInHint' | 'sv.dropped.diffHint' | 'sv.dropped.mergeHint' }> = [
  { answer: 'bringIn', action: 'bring-in-dropped', label: 'sv.dropped.bringIn', hint: 'sv.dropped.bringInHint' },
  { answer: 'diff', action: 'diff-dropped', label: 'sv.dropped.diff', hint: 'sv.dropped.diffHint' },
  { answer: 'merge', action: 'merge-dropped', label: 'sv.dropped.merge', hint: 'sv.dropped.mergeHint' },
  { answer: 'open', action: 'open-dropped', label: 'sv.dropped.open', hint: 'sv.dropped.openHint' },
];

export function DroppedQuestion({ other }: { other: OtherFile }) {
  const { s } = useShareWords();
  const actions = useActions();
  return (
    <Sheet kind="dropped" narrow title={s('sv.dropped.title')} onClose={() => void actions.share.close()}>
      <p className="share-lead">
        {s('sv.dropped.what', { name: other.name, title: other.title, proposals: other.proposals.length })}{' '}
        {other.sameBaseline ? s('sv.dropped.same') : s('sv.dropped.different')}
      </p>
      <p>{s('sv.dropped.question')}</p>
      <div className="share-answers">
        {ANSWERS.map(({ answer, action, label, hint }) => (
          <button key={answer} type="button" data-action={action} className={answer === 'bringIn' ? 'primary' : undefined} onClick={() => void actions.share.answer(answer)}>
            <span className="share-answer-label">{s(label)}</span>
            <span className="share-answer-hint">{s(hint)}</span>
          </button>
        ))}
      </div>
      <p className="share-note">{s('sv.dropped.shift')}</p>
    </Sheet>
  );
}
