// Locks: a search over the bureaus and units of the starting point (the chart's own search), the
// chosen ones as chips that unlock on a click. A province has tens of thousands of bureaus, so only
// the best matches of what is typed are listed.
import { useMemo, useState } from 'react';
import type { FunctionDef, OrgState } from '../../model';
import { search, searchIndex } from '../chart/search';
import { useT } from '../context';
import type { PlanningT } from './usePlanning';

const SHOWN = 12;

interface Props {
  state: OrgState;
  functions: ReadonlyMap<string, FunctionDef>;
  locked: readonly string[];
  onChange(ids: string[]): void;
  p: PlanningT;
}

export function LockPicker({ state, functions, locked, onChange, p }: Props) {
  const { lang } = useT();
  const [query, setQuery] = useState('');
  const index = useMemo(() => searchIndex(state, functions, lang), [state, functions, lang]);
  const found = useMemo(() => search(index, query, SHOWN), [index, query]);
  const names = useMemo(() => new Map([...state.units, ...state.bureaus].map((x) => [x.id, x.name])), [state]);
  const chosen = new Set(locked);
  return (
    <div className="lock-picker">
      {locked.length > 0 && (
        <ul className="lock-chips" aria-label={p('planning.suggest.locks')}>
          {locked.map((id) => (
            <li key={id}>
              <button type="button" data-lock-id={id} title={p('planning.suggest.unlock', { name: names.get(id) ?? id })} onClick={() => onChange(locked.filter((x) => x !== id))}>
                {names.get(id) ?? id} ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input type="search" value={query} placeholder={p('planning.suggest.lockSearch')} aria-label={p('planning.suggest.lockSearch')} data-action="lock-search" onChange={(e) => setQuery(e.target.value)} />
      {query.trim() !== '' && (
        <ul className="lock-hits">
          {found.hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <label>
                <input type="checkbox" data-lock-option={hit.id} checked={chosen.has(hit.id)} onChange={(e) => onChange(e.target.checked ? [...locked, hit.id] : locked.filter((x) => x !== hit.id))} />
                <span className="lock-name">{hit.name}</span>
                <span className="lock-where">{hit.kind === 'bureau' ? hit.unit?.name : hit.id}</span>
              </label>
            </li>
          ))}
          {found.total === 0 && <li className="lock-empty">{p('planning.suggest.lockNone')}</li>}
          {found.total > found.hits.length && <li className="lock-empty">{p('planning.suggest.lockMore', { n: found.total - found.hits.length })}</li>}
        </ul>
      )}
      <p className="field-hint">{p('planning.suggest.lockHint')}</p>
    </div>
  );
}
