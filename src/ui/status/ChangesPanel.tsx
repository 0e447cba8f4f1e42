// The change list of the proposal on screen, as a list to work in or, for review, with every
// operation's author, date, document number and note. A submitted or approved proposal opens in
// review; the user may switch either way. The name the changes made here are signed with is said
// above the list, and changed there.
import { useState } from 'react';
import { lockReason } from '../../app/approval';
import type { ChangeLine } from '../../engine';
import type { ScenarioFile } from '../../model';
import { useAppState, useT } from '../context';
import { AuthorDialog } from './AuthorDialog';
import { ChangeList } from '../panel/ChangeList';
import { ReviewList } from './ReviewList';
import { useReviewText } from './useReviewText';

interface Props {
  file: ScenarioFile;
  scenarioId: string;
  lines: readonly ChangeLine[];
  onShow(line: ChangeLine): void;
}

export function ChangesPanel({ file, scenarioId, lines, onShow }: Props) {
  const { say } = useT();
  const { r } = useReviewText();
  const scenario = file.scenarios.find((s) => s.id === scenarioId);
  const status = scenario?.status ?? 'draft';
  // the user's choice for this proposal; until then, review for anything past a draft
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const review = chosen[scenarioId] ?? status !== 'draft';
  const lock = lockReason(file, scenarioId);
  const locked = lock ? say(lock) : undefined;
  const author = useAppState((s) => s.author.name);
  const [naming, setNaming] = useState(false);
  return (
    <>
      <div className="review-head">
        <label>
          <input type="checkbox" data-action="review-mode" checked={review} onChange={(e) => setChosen((c) => ({ ...c, [scenarioId]: e.target.checked }))} />
          {r('review.mode')}
        </label>
        <span className="author-menu">
          <bdi>{r('author.menu', { name: author ?? '' })}</bdi>{' '}
          <button type="button" className="link-button" data-action="change-author" onClick={() => setNaming(true)}>{r('author.change')}</button>
        </span>
      </div>
      {naming && <AuthorDialog onDone={() => setNaming(false)} />}
      {review ? <ReviewList scenarioId={scenarioId} lines={lines} locked={locked} onShow={onShow} /> : <ChangeList scenarioId={scenarioId} lines={lines} locked={locked} onShow={onShow} />}
    </>
  );
}
