// See what differs (issue 16): a file differs from nothing in itself, order and formatting are not
// differences, and the differences found, made to the first file, give the second.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/engine/rules';
import { compareFiles, diffFiles, diffOperations, isEmptyDiff, patchFile, patchOperations } from '../../src/engine/share';
import { type Operation, type ScenarioFile, type Unit, functionCatalogue } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { validFileArb } from './arbitraries';
import { editedPairArb } from './edits';
import { loadedOf, permuted } from './support';

/** The file as this test reads "the same": every record by id, defaults left out, keys sorted. (Written apart from the code under test.) */
function normalForm(file: ScenarioFile): unknown {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
  const unit = (u: Unit) => {
    const { partyCommittee, developedTown, leaderPosts, ...rest } = u;
    return { ...rest, ...(partyCommittee ? { partyCommittee } : {}), ...(developedTown ? { developedTown } : {}), ...(leaderPosts ? { leaderPosts } : {}) };
  };
  const byId = <T extends { id: string }>(list: readonly T[], f: (t: T) => unknown = (t) => t) =>
    new Map([...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).map((t) => [t.id, sortKeys(f(t))]));
  return {
    header: sortKeys({ title: file.title, region: file.region, notes: file.notes, $schema: file.$schema, meta: file.meta }),
    rules: { ...DEFAULT_RULES, ...file.rules },
    functions: byId([...functionCatalogue(file.functions).values()]),
    units: byId(file.units, unit),
    bureaus: byId(file.bureaus),
    scenarios: byId(file.scenarios, (s) => ({ ...s, status: s.status ?? 'draft' })),
  };
}

/** Every object's keys in reverse order, at every depth. */
function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, keysReversed(v)]));
}

describe('diff', () => {
  it('of a file and itself is empty, figures included', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        expect(isEmptyDiff(diffFiles(file, file))).toBe(true);
        const loaded = loadedOf(file);
        for (const f of compareFiles(loaded, loaded, 'en').figures) {
          expect(f.differences).toEqual([]);
          expect(f.violations).toEqual({ added: [], removed: [] });
        }
      }),
      { seed: 1601, numRuns: 150 },
    );
  }, 60_000);

  it('sees no difference in the order of units, bureaus and proposals, in key order, spacing, or a default written out', () => {
    fc.assert(
      fc.property(validFileArb, fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 40 }), fc.nat(), (file, unitKeys, bureauKeys, spacing) => {
        const shuffled: ScenarioFile = {
          ...file,
          units: permuted(file.units, unitKeys).map((u, i) => (i % 2 === 0 && u.partyCommittee === undefined ? { ...u, partyCommittee: false } : u)),
          bureaus: permuted(file.bureaus, bureauKeys),
          scenarios: [...file.scenarios].reverse(),
        };
        const text = JSON.stringify(keysReversed(shuffled), null, ['', ' ', '\t', '    '][spacing % 4]);
        const parsed = parseScenarioFile(text);
        if (!parsed.ok) throw new Error(`refused: ${parsed.errors.map((e) => e.path).join()}`);
        expect(isEmptyDiff(diffFiles(file, parsed.file))).toBe(true);
        for (const f of compareFiles(loadedOf(file), loadedOf(parsed.file), 'zh').figures) {
          expect(f.differences).toEqual([]);
          expect(f.violations).toEqual({ added: [], removed: [] });
        }
      }),
      { seed: 1602, numRuns: 150 },
    );
  }, 60_000);

  it('made to A gives B, for baselines, proposals and their operation lists: for edited copies and for unrelated files', () => {
    const pairs = fc.oneof(editedPairArb, fc.tuple(validFileArb, validFileArb).map(([a, b]) => ({ a, b })));
    fc.assert(
      fc.property(pairs, ({ a, b }) => {
        const diff = diffFiles(a, b);
        const patched = patchFile(a, diff);
        expect(normalForm(patched)).toEqual(normalForm(b));
        expect(isEmptyDiff(diff)).toBe(isDeepStrictEqual(normalForm(a), normalForm(b)));
      }),
      { seed: 1603, numRuns: 300 },
    );
  }, 60_000);
});

describe('diff of two lists of operations', () => {
  // few distinct operations, so that lists share many and the matching has choices to make
  const operationArb: fc.Arbitrary<Operation> = fc.record({
    bureau: fc.constantFrom('a', 'b', 'c'),
    to: fc.constantFrom('x', 'y'),
    note: fc.constantFrom(undefined, '复核'),
  }).map(({ bureau, to, note }) => (note === undefined ? { op: 'move', bureau, to } : { op: 'move', bureau, to, note }));
  const listArb = fc.array(operationArb, { maxLength: 14 });

  /** The length of a longest common subsequence, by the textbook table. */
  function lcsLength(a: readonly Operation[], b: readonly Operation[]): number {
    const key = (op: Operation) => JSON.stringify(op);
    const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) table[i]![j] = key(a[i]!) === key(b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
    return table[0]![0]!;
  }

  it('made to A gives B, and keeps a longest common subsequence of identical operations', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const changes = diffOperations(a, b);
        expect(patchOperations(a, changes)).toEqual(b);
        const untouched = a.length - changes.filter((c) => c.change !== 'added').length;
        expect(untouched).toBe(lcsLength(a, b));
        // listed in the order of the lists
        const positions = changes.map((c) => (c.change === 'removed' ? c.before : c.after));
        const afters = changes.flatMap((c) => (c.change === 'removed' ? [] : [c.after]));
        expect(afters).toEqual([...afters].sort((x, y) => x - y));
        expect(positions.length).toBe(changes.length);
      }),
      { seed: 1604, numRuns: 2000 },
    );
  });

  it('of a list and itself is empty', () => {
    fc.assert(
      fc.property(listArb, (a) => {
        expect(diffOperations(a, [...a])).toEqual([]);
      }),
      { seed: 1605, numRuns: 300 },
    );
  });
});
