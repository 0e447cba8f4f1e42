// What the user asks of a suggestion: where it starts, what it aims at, what must not change, and
// which warnings to clear as well.
import { useMemo } from 'react';
import { scenarioState } from '../../app/scenarioState';
import { type FunctionDef, BASELINE_ID, type ScenarioFile } from '../../model';
import { OBJECTIVES, PLAN_WARNINGS } from '../../app/assistant';
import type { SuggestRequest } from '../../plan/types';
import { useT } from '../context';
import { LockPicker } from './LockPicker';
import type { PlanningT } from './usePlanning';

interface Props {
  file: ScenarioFile;
  functions: ReadonlyMap<string, FunctionDef>;
  request: SuggestRequest;
  onChange(request: SuggestRequest): void;
  p: PlanningT;
}

export function SuggestOptions({ file, functions, request, onChange, p }: Props) {
  const { t } = useT();
  const state = useMemo(() => scenarioState(file, request.from), [file, request.from]);
  const set = (fields: Partial<SuggestRequest>) => onChange({ ...request, ...fields });
  return (
    <div className="suggest-options">
      <p className="suggest-intro">{p('planning.suggest.intro')}</p>
      <div className="suggest-column">
        <label className="field">
          <span className="field-label">{p('planning.suggest.from')}</span>
          <select data-action="suggest-from" value={request.from} onChange={(e) => set({ from: e.target.value })}>
            <option value={BASELINE_ID}>{t('state.baseline')}</option>
            {file.scenarios.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend className="field-label">{p('planning.suggest.objective')}</legend>
          {OBJECTIVES.map((objective) => (
            <label key={objective} className="choice">
              <input type="radio" name="objective" value={objective} data-objective={objective} checked={request.objective === objective} onChange={() => set({ objective })} />
              <span>
                {p(`planning.objective.${objective}`)}
                <span className="field-hint">{p(`planning.objective.${objective}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{p('planning.suggest.warnings')}</legend>
          {PLAN_WARNINGS.map((rule) => (
            <label key={rule} className="choice">
              <input type="checkbox" data-warning={rule} checked={request.warnings.includes(rule)} onChange={(e) => set({ warnings: e.target.checked ? [...request.warnings, rule] : request.warnings.filter((w) => w !== rule) })} />
              <span>{t(`ruleName.${rule}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <fieldset className="field suggest-column">
        <legend className="field-label">{p('planning.suggest.locks')}</legend>
        <label className="choice">
          <input type="checkbox" data-lock="no-abolitions" checked={request.locks.noAbolitions} onChange={(e) => set({ locks: { ...request.locks, noAbolitions: e.target.checked } })} />
          <span>{p('planning.suggest.noAbolitions')}</span>
        </label>
        <label className="choice">
          <input type="checkbox" data-lock="no-hand-overs" checked={request.locks.noHandOvers} onChange={(e) => set({ locks: { ...request.locks, noHandOvers: e.target.checked } })} />
          <span>{p('planning.suggest.noHandOvers')}</span>
        </label>
        <LockPicker state={state} functions={functions} locked={request.locks.ids} onChange={(ids) => set({ locks: { ...request.locks, ids } })} p={p} />
      </fieldset>
    </div>
  );
}
