// The change list of the proposal on screen, as a list to work in or, for review, with every
// operation's author, date, document number and note. A submitted or approved proposal opens in
// review; the user may switch either way.
import { useState } from 'react';
import { lockReason } from '../../app/approval';
import type { ChangeLine } from '../../engine';
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { ChangeList } from '../panel/ChangeList';
import { ReviewList } from './ReviewList';

interface Props {
  file: ScenarioFile;
  scenarioId: string;
  lines: readonly ChangeLine[];
  onShow(line: ChangeLine): void;
}

export function ChangesPanel({ file, scenarioId, lines, onShow }: Props) {
  const { t, say } = useT();
  const scenario = file.scenarios.find((s) => s.id === scenarioId);
  const status = scenario?.status ?? 'draft';
  // the user's choice for this proposal; until then, review for anything past a draft
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const review = chosen[scenarioId] ?? status !== 'draft';
  const lock = lockReason(file, scenarioId);
  const locked = lock ? say(lock) : undefined;
  return (
    <>
      <div className="review-head">
        <label>
          <input type="checkbox" data-action="review-mode" checked={review} onChange={(e) => setChosen((c) => ({ ...c, [scenarioId]: e.target.checked }))} />
          {t('review.mode')}
        </label>
      </div>
      {review ? <ReviewList scenarioId={scenarioId} lines={lines} locked={locked} onShow={onShow} /> : <ChangeList scenarioId={scenarioId} lines={lines} locked={locked} onShow={onShow} />}
    </>
  );
}
