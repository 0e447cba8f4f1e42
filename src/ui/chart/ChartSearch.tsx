// The search box over the chart: type part of a name, an id or a duty; choose a match with the
// arrow keys and Enter, or a click, and the chart flies to it. "/" or Ctrl+F (⌘F) comes here.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FunctionDef, OrgState } from '../../model';
import { useT } from '../context';
import { type SearchHit, type SearchResult, matchIn, search, searchIndex } from './search';

interface Props {
  state: OrgState;
  functions: ReadonlyMap<string, FunctionDef>;
  /** Off while a dialog is open: its keys are its own. */
  active: boolean;
  onChoose(hit: SearchHit): void;
}

const NOTHING: SearchResult = { hits: [], total: 0 };

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest?.('input, textarea, select, [contenteditable="true"]'));
}

// Long: the search box, its keyboard and its list of matches are one control.
export function ChartSearch({ state, functions, active, onChoose }: Props) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  // the index is built on the first search of a state, not on every change of the chart
  const result = useMemo(() => (query.trim() === '' ? NOTHING : search(searchIndex(state, functions, lang), query)), [query, state, functions, lang]);
  const { hits, total } = result;
  const current = Math.min(cursor, Math.max(0, hits.length - 1));
  const showList = open && query.trim() !== '';

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      const find = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
      if (!find && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, showList]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    onChoose(hit);
  };

  const clear = () => {
    setQuery('');
    setCursor(0);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!showList) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor(Math.max(0, Math.min(hits.length - 1, current + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[current]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // the first Esc clears, the next leaves the box for the chart
      if (query !== '') clear();
      else input.current?.blur();
    }
  };

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div className="chart-search" role="search">
      <input
        ref={input}
        type="search"
        data-action="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[current] ? optionId(current) : undefined}
        placeholder={t('search.placeholder')}
        title={t('search.shortcut')}
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setCursor(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span className="search-key" aria-hidden="true">/</span>
      {showList && (
        <div className="search-results">
          <ul ref={list} id={listId} role="listbox" aria-label={t('search.label')}>
            {hits.map((hit, index) => (
              <li
                key={`${hit.kind} ${hit.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === current}
                data-search-kind={hit.kind}
                data-search-id={hit.id}
                // keep the focus in the box: a click chooses, it does not blur
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => index !== current && setCursor(index)}
                onClick={() => choose(hit)}
              >
                <span className={`search-kind kind-${hit.kind}`}>{t(`search.kind.${hit.kind}`)}</span>
                <span className="search-name" title={hit.name}>
                  <Marked text={hit.name} query={query} />
                </span>
                <span className="search-detail">
                  <span className="search-id">{hit.id}</span>
                  {hit.kind === 'unit' && hit.unitKind && <span>{t(`kind.${hit.unitKind}`)}</span>}
                  {hit.unit && <span title={hit.unit.name}>{t('search.in', { unit: hit.unit.name })}</span>}
                  {hit.duty && <span className="search-duty">{t('search.duty', { duty: hit.duty })}</span>}
                </span>
              </li>
            ))}
          </ul>
          {total === 0 && <p className="search-note">{t('search.none', { query: query.trim() })}</p>}
          {total > hits.length && <p className="search-note">{t('search.more', { n: total - hits.length })}</p>}
        </div>
      )}
      <p className="sr-only" role="status">{showList ? t('search.count', { n: total }) : ''}</p>
    </div>
  );
}

/** A name with the part the search matched marked. */
function Marked({ text, query }: { text: string; query: string }) {
  const at = matchIn(text, query);
  if (!at) return <>{text}</>;
  return (
    <>
      {text.slice(0, at[0])}
      <mark>{text.slice(at[0], at[1])}</mark>
      {text.slice(at[1])}
    </>
  );
}
