// Finding a unit or a bureau in the chart: by name (any part of it), by id (whole or its start),
// or by a duty a bureau carries (its id, or its name in the language on screen). Pure: the index
// is built once per state and language, and each query is one pass over prepared strings.
import { type Lang, functionLabel } from '../../i18n';
import { type FunctionDef, type OrgState, type UnitKind, functionRef } from '../../model';

export interface SearchHit {
  kind: 'unit' | 'bureau';
  id: string;
  name: string;
  /** Units: their kind. */
  unitKind?: UnitKind;
  /** Bureaus: the unit that holds them. */
  unit?: { id: string; name: string };
  /** How it was found; for a duty, the duty's name in the language on screen. */
  by: 'id' | 'name' | 'duty';
  duty?: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every match, of which `hits` are the best. */
  total: number;
}

interface Entry {
  hit: Omit<SearchHit, 'by' | 'duty'>;
  id: string;
  name: string;
  functions: readonly string[];
}

export interface SearchIndex {
  entries: Entry[];
  /** Each duty the state's file knows: its id and its name, both folded. */
  duties: Array<{ id: string; label: string; folded: string; foldedId: string }>;
}

/** Full-width letters and digits as ASCII, lower case: "ＺＯＮＥ" and "zone" are one word. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Where `query` stands in `text` as search compares them (start and end in `text`), to mark it;
 * undefined when it is not there, or when folding changes the text's length (its places would
 * not be the text's own).
 */
export function matchIn(text: string, query: string): [number, number] | undefined {
  const folded = fold(text);
  const wanted = fold(query.trim());
  if (wanted === '' || folded.length !== text.length) return undefined;
  const at = folded.indexOf(wanted);
  return at < 0 ? undefined : [at, at + wanted.length];
}

const built = new WeakMap<OrgState, { functions: ReadonlyMap<string, FunctionDef>; lang: Lang; index: SearchIndex }>();

/** The index of a state, built on first use and kept while the state, duties and language stay. */
export function searchIndex(state: OrgState, functions: ReadonlyMap<string, FunctionDef>, lang: Lang): SearchIndex {
  const kept = built.get(state);
  if (kept && kept.functions === functions && kept.lang === lang) return kept.index;
  const units = new Map(state.units.map((u) => [u.id, u]));
  const entries: Entry[] = [];
  for (const u of state.units) {
    entries.push({ hit: { kind: 'unit', id: u.id, name: u.name, unitKind: u.kind }, id: fold(u.id), name: fold(u.name), functions: [] });
  }
  for (const b of state.bureaus) {
    const unit = units.get(b.unit);
    entries.push({
      hit: { kind: 'bureau', id: b.id, name: b.name, unit: { id: b.unit, name: unit?.name ?? b.unit } },
      id: fold(b.id),
      name: fold(b.name),
      functions: b.functions,
    });
  }
  const duties = [...functions.keys()].map((id) => {
    const label = functionLabel(functionRef(functions, id), lang);
    return { id, label, folded: fold(label), foldedId: fold(id) };
  });
  const index = { entries, duties };
  built.set(state, { functions, lang, index });
  return index;
}

/** Exact id, id start, name start, name part, duty: better kinds of match come first. */
const RANKS = 5;

/** The matches of a query, best first, at most `limit` of them, with the count of all. */
export function search(index: SearchIndex, query: string, limit = 20): SearchResult {
  const q = fold(query.trim());
  if (q === '') return { hits: [], total: 0 };
  // a duty is named by its id (whole or its start) or by any part of its name
  const duties = new Map<string, string>();
  for (const d of index.duties) if (d.foldedId.startsWith(q) || d.folded.includes(q)) duties.set(d.id, d.label);
  const ranked: SearchHit[][] = Array.from({ length: RANKS }, () => []);
  let total = 0;
  for (const entry of index.entries) {
    let rank = -1;
    let duty: string | undefined;
    if (entry.id === q) rank = 0;
    else if (entry.id.startsWith(q)) rank = 1;
    else if (entry.name.startsWith(q)) rank = 2;
    else if (entry.name.includes(q)) rank = 3;
    else if (duties.size > 0) {
      for (const fn of entry.functions) {
        duty = duties.get(fn);
        if (duty !== undefined) {
          rank = 4;
          break;
        }
      }
    }
    if (rank < 0) continue;
    total++;
    // only as many of each kind as could be shown
    const bucket = ranked[rank]!;
    if (bucket.length < limit) bucket.push({ ...entry.hit, by: rank < 2 ? 'id' : rank < 4 ? 'name' : 'duty', ...(duty !== undefined ? { duty } : {}) });
  }
  return { hits: ranked.flat().slice(0, limit), total };
}
