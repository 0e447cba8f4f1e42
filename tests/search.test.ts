// Finding units and bureaus in the chart by name, id or duty: the examples users type, and
// properties over random organisations checked against a plain reading of the rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineOf } from '../src/engine';
import { type Lang, functionLabel } from '../src/i18n';
import { BUILT_IN_FUNCTIONS, type Bureau, type FunctionDef, type OrgState, type Unit, functionCatalogue, functionRef } from '../src/model';
import { fold, matchIn, search, searchIndex } from '../src/ui/chart/search';
import { SMALL, XISHAN_TEXT, parsed } from './app/files';

const functions = functionCatalogue(undefined);
const small = baselineOf(parsed(JSON.stringify(SMALL)));
const find = (state: OrgState, query: string, lang: Lang = 'zh', limit?: number) => search(searchIndex(state, functions, lang), query, limit);

describe('search in the chart', () => {
  it('finds a bureau by any part of its Chinese name, and says which unit holds it', () => {
    const { hits, total } = find(small, '促进');
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ kind: 'bureau', id: 'z1-invest', name: '投资促进局', unit: { id: 'z1', name: '东区管委会' }, by: 'name' });
  });

  it('finds units as well as bureaus, names starting with the query first', () => {
    const { hits } = find(small, '东');
    expect(hits.map((h) => h.id)).toEqual(['z1', 's1', 'p1']);
    expect(hits[0]).toMatchObject({ kind: 'unit', unitKind: 'zone' });
  });

  it('finds by id, whole or its start, ignoring case; an exact id comes first', () => {
    expect(find(small, 'Z1').hits[0]).toMatchObject({ id: 'z1', by: 'id' });
    expect(find(small, 'z1-').hits.map((h) => h.id)).toEqual(small.bureaus.filter((b) => b.id.startsWith('z1-')).map((b) => b.id));
    // an id is matched from its start only
    expect(find(small, '1-inv').total).toBe(0);
  });

  it('finds the bureaus that carry a duty, by its id or its name in the language on screen', () => {
    // a name that holds the query comes before a duty that does
    expect(find(small, '招商').hits).toEqual([
      expect.objectContaining({ id: 'z1-center', by: 'name' }),
      expect.objectContaining({ id: 'z1-invest', by: 'duty', duty: '招商引资' }),
    ]);
    expect(find(small, 'investment-promotion').hits.map((h) => h.id)).toEqual(['z1-invest', 'z1-center']);
    expect(find(small, 'investment pro', 'en').hits).toEqual(['z1-invest', 'z1-center'].map((id) => expect.objectContaining({ id, duty: 'investment promotion' })));
    // in English the duty's Chinese name is not its name
    expect(find(small, '招商', 'en').hits.map((h) => h.id)).toEqual(['z1-center']);
  });

  it('reads full-width letters as plain ones and ignores surrounding spaces', () => {
    expect(find(small, '  Ｚ１  ').hits[0]).toMatchObject({ id: 'z1' });
  });

  it('gives nothing for an empty query, and nothing, without error, for one that matches nothing', () => {
    expect(find(small, '')).toEqual({ hits: [], total: 0 });
    expect(find(small, '   ')).toEqual({ hits: [], total: 0 });
    expect(find(small, '不存在的机构')).toEqual({ hits: [], total: 0 });
    expect(find(small, '.*[(')).toEqual({ hits: [], total: 0 });
  });

  it('lists at most the limit and counts the rest', () => {
    const xishan = baselineOf(parsed(XISHAN_TEXT));
    const all = find(xishan, 'xs', 'zh', 1000);
    expect(all.total).toBeGreaterThan(20);
    const some = find(xishan, 'xs');
    expect(some.hits).toHaveLength(20);
    expect(some.total).toBe(all.total);
    expect(some.hits).toEqual(all.hits.slice(0, 20));
  });

  it('builds the index once per state, duties and language', () => {
    expect(searchIndex(small, functions, 'zh')).toBe(searchIndex(small, functions, 'zh'));
    expect(searchIndex(small, functions, 'en')).not.toBe(searchIndex(small, functions, 'zh'));
  });
});

// a small alphabet, so that random queries often match
const letters = fc.constantFrom('a', 'B', '区', '局', '招', '-', ' ', 'Ｃ', '1');
const word = (min: number) => fc.string({ unit: letters, minLength: min, maxLength: 6 });
const stateArb = fc
  .record({
    units: fc.uniqueArray(fc.record({ id: word(1), name: word(1) }), { minLength: 1, maxLength: 6, selector: (u) => u.id }),
    bureaus: fc.uniqueArray(
      fc.record({ id: word(1), name: word(1), unit: fc.nat(), functions: fc.subarray(BUILT_IN_FUNCTIONS.map((f) => f.id), { maxLength: 3 }) }),
      { maxLength: 30, selector: (b) => b.id },
    ),
  })
  .map(({ units, bureaus }): OrgState => ({
    units: units.map((u): Unit => ({ ...u, kind: 'zone', governance: 'separated' })),
    bureaus: bureaus.map((b): Bureau => ({ ...b, unit: units[b.unit % units.length]!.id, type: 'internal', category: 'economic', staff: { admin: 1, institutional: 0 }, leaderPosts: 0 })),
  }));

/** The rules read plainly: does this unit or bureau match the query? */
function matches(state: OrgState, catalogue: ReadonlyMap<string, FunctionDef>, lang: Lang, kind: 'unit' | 'bureau', id: string, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return false;
  const thing = kind === 'unit' ? state.units.find((u) => u.id === id) : state.bureaus.find((b) => b.id === id);
  if (!thing) return false;
  if (fold(thing.id).startsWith(q) || fold(thing.name).includes(q)) return true;
  return 'functions' in thing && thing.functions.some((fn) => fold(fn).startsWith(q) || fold(functionLabel(functionRef(catalogue, fn), lang)).includes(q));
}

describe('search properties', () => {
  const queryArb = fc.oneof(word(0), fc.string({ maxLength: 4 }), fc.constantFrom('招商', 'finance', 'party', '党群'));

  it('every hit matches the query, hits are distinct, and the count is every match', () => {
    fc.assert(
      fc.property(stateArb, queryArb, fc.constantFrom<Lang>('zh', 'en'), fc.integer({ min: 1, max: 25 }), (state, query, lang, limit) => {
        const { hits, total } = search(searchIndex(state, functions, lang), query, limit);
        for (const hit of hits) expect(matches(state, functions, lang, hit.kind, hit.id, query), `${hit.kind} ${hit.id} for ${JSON.stringify(query)}`).toBe(true);
        expect(new Set(hits.map((h) => `${h.kind} ${h.id}`)).size).toBe(hits.length);
        const every = [...state.units.map((u) => ['unit', u.id] as const), ...state.bureaus.map((b) => ['bureau', b.id] as const)];
        expect(total).toBe(every.filter(([kind, id]) => matches(state, functions, lang, kind, id, query)).length);
        expect(hits.length).toBe(Math.min(limit, total));
      }),
      { seed: 7338, numRuns: 300 },
    );
  });

  it('every bureau whose name holds the query is found when the matches fit under the limit', () => {
    fc.assert(
      fc.property(stateArb, fc.nat(), fc.nat(), (state, pick, cut) => {
        if (state.bureaus.length === 0) return;
        // a query taken from some bureau's name
        const name = state.bureaus[pick % state.bureaus.length]!.name;
        const start = cut % name.length;
        const query = name.slice(start, start + 1 + (cut % 3));
        if (query.trim() === '') return;
        const { hits, total } = search(searchIndex(state, functions, 'zh'), query, 1000);
        expect(total).toBeLessThanOrEqual(1000);
        const found = new Set(hits.filter((h) => h.kind === 'bureau').map((h) => h.id));
        for (const b of state.bureaus) if (fold(b.name).includes(fold(query.trim()))) expect(found.has(b.id), `${b.name} for ${query}`).toBe(true);
      }),
      { seed: 7339, numRuns: 300 },
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(stateArb, fc.string({ unit: 'grapheme', maxLength: 12 }), (state, query) => {
        search(searchIndex(state, functions, 'en'), query);
      }),
      { seed: 7340 },
    );
  });

  it('marks where the query stands in a name: the marked part folds to the query, and nothing is marked where it is not', () => {
    expect(matchIn('锡山经济技术开发区', '技术')).toEqual([4, 6]);
    expect(matchIn('Invest Center', 'CENTER')).toEqual([7, 13]);
    expect(matchIn('招商局', '财政')).toBeUndefined();
    expect(matchIn('招商局', '  ')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 12 }), (before, part, after) => {
        const text = before + part + after;
        const at = matchIn(text, part);
        if (part.trim() === '' || fold(text).length !== text.length) return;
        expect(at).toBeDefined();
        expect(fold(text.slice(at![0], at![1]))).toBe(fold(part.trim()));
        expect(at![0]).toBeLessThanOrEqual(fold(text).indexOf(fold(part.trim())));
      }),
      { seed: 7341, numRuns: 500 },
    );
  });
});

