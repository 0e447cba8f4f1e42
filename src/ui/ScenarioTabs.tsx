// The scenarios: today's organisation first, then each proposal; the one on screen can be
// renamed, copied or deleted (delete is one undo step; an approved one asks first), and its status
// (草稿 / 送审 / 已批准) is shown on its tab and set beside them.
import { BASELINE_ID, type ScenarioFile } from '../model';
import { useActions, useT } from './context';
import type { DialogRequest } from './dialogs/requests';
import { StatusBadge } from './status/StatusBadge';
import { StatusControl } from './status/lazy';

export function ScenarioTabs({ file, current, open }: { file: ScenarioFile; current: string; open(d: DialogRequest): void }) {
  const { t } = useT();
  const actions = useActions();
  const scenario = file.scenarios.find((s) => s.id === current);
  return (
    <nav className="tabs" aria-label={t('scenario.list')}>
      <div className="tab-list" role="tablist">
        <button type="button" role="tab" aria-selected={current === BASELINE_ID} className="tab baseline" data-scenario-id={BASELINE_ID} onClick={() => actions.switchScenario(BASELINE_ID)}>
          {t('state.baselineLong')}
        </button>
        {file.scenarios.map((s) => (
          <button type="button" role="tab" key={s.id} aria-selected={current === s.id} className="tab" data-scenario-id={s.id} onClick={() => actions.switchScenario(s.id)} title={s.notes ? `${s.name}\n\n${s.notes}` : s.name}>
            <span className="tab-name">{s.name}</span>
            <span className="tab-count">{s.operations.length}</span>
            <StatusBadge status={s.status} />
          </button>
        ))}
        <button type="button" className="tab add" data-action="new-scenario" onClick={() => open({ kind: 'newScenario' })}>＋ {t('scenario.new')}</button>
      </div>
      <div className="tab-actions">
        {scenario ? (
          <>
            <StatusControl scenario={scenario} />
            <button type="button" data-action="rename-scenario" onClick={() => open({ kind: 'renameScenario', scenario: scenario.id })}>{t('scenario.rename')}</button>
            <button type="button" data-action="copy-scenario" onClick={() => void actions.createScenario(t('scenario.copyName', { name: scenario.name }), scenario.id)}>{t('scenario.copy')}</button>
            <button type="button" data-action="delete-scenario" className="danger" onClick={() => (scenario.status === 'approved' ? open({ kind: 'deleteApproved', scenario: scenario.id }) : void actions.deleteScenario(scenario.id))}>{t('scenario.delete')}</button>
          </>
        ) : (
          <span className="baseline-note">{t('scenario.baselineNote')}</span>
        )}
        <button type="button" data-action="add-unit" onClick={() => open({ kind: 'addUnit' })}>{t('action.addUnit')}</button>
      </div>
    </nav>
  );
}
