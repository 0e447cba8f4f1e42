// Over the chart of a proposal that is not a draft: approved, it is locked (every change is
// refused, and this says why and unlocks it in one click; it stays in view at the top of the side
// panel as the panel scrolls); submitted, it is open for review.
import type { Scenario } from '../../model';
import { useActions, useT } from '../context';
import { useReviewText } from './useReviewText';

export function LockNote({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const { r } = useReviewText();
  const actions = useActions();
  if (scenario.status === 'approved') {
    return (
      <div className="lock-note approved" role="note" data-locked="">
        <span>{t('status.locked', { name: scenario.name })}</span>
        <button type="button" data-action="unlock" onClick={() => void actions.setStatus(scenario.id, 'draft')}>{r('status.unlock')}</button>
      </div>
    );
  }
  if (scenario.status === 'submitted') {
    return (
      <div className="lock-note submitted" role="note">
        <span>{r('status.submittedNote')}</span>
      </div>
    );
  }
  return null;
}
