// The status of the proposal on screen, and the control that changes it (one undo step each).
import { SCENARIO_STATUSES, type Scenario, type ScenarioStatus } from '../../model';
import { useActions, useT } from '../context';
import { useReviewText } from './useReviewText';

export function StatusControl({ scenario }: { scenario: Scenario }) {
  const { t } = useT();
  const { r } = useReviewText();
  const actions = useActions();
  const status = scenario.status ?? 'draft';
  return (
    <label className={`status-control status-${status}`} title={r('status.choose', { name: scenario.name })}>
      <span className="status-control-label">{r('status.label')}</span>
      <select data-action="set-status" value={status} onChange={(e) => void actions.setStatus(scenario.id, e.target.value as ScenarioStatus)}>
        {SCENARIO_STATUSES.map((s) => (
          <option key={s} value={s}>{t(`status.${s}`)}</option>
        ))}
      </select>
    </label>
  );
}
