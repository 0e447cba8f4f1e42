// The scenario file (SPEC §3): valid files survive a save and a reload; anything else is refused
// with errors that name their place, and the parser never throws or pollutes a prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadParsedFile, loadScenarioFile } from '../../src/engine';
import { parseScenarioFile, serialiseScenarioFile } from '../../src/model';
import { validFileArb } from './arbitraries';
import { MUTATION_KINDS, mutate } from './mutations';
import { expectWellFormedErrors } from './support';

const prototypeKeys = (proto: object) => Reflect.ownKeys(proto).map(String).sort().join(',');
const pristine = { object: prototypeKeys(Object.prototype), array: prototypeKeys(Array.prototype) };

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys(Object.prototype)).toBe(pristine.object);
  expect(prototypeKeys(Array.prototype)).toBe(pristine.array);
  expect(typeof {}.toString).toBe('function');
}

/** Parsing and loading never throw; a refusal comes with well-formed errors. */
function readBoth(text: string) {
  const parsed = parseScenarioFile(text);
  const loaded = loadScenarioFile(text);
  if (!parsed.ok) expectWellFormedErrors(parsed.errors);
  if (!loaded.ok) expectWellFormedErrors(loaded.errors);
  if (!parsed.ok) expect(loaded.ok).toBe(false);
  return { parsed, loaded };
}

afterEach(() => expectNoPollution());

describe('a valid file', () => {
  it('is read back from its saved text as the same file, saves to the same text, and loads', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const text = serialiseScenarioFile(file);
        const parsed = parseScenarioFile(text);
        if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.errors.map((e) => [e.path, e.code]))}`);
        expect(parsed.file).toStrictEqual(file);
        expect(serialiseScenarioFile(parsed.file)).toBe(text);
        const loaded = loadScenarioFile(text);
        if (!loaded.ok) throw new Error(`not loaded: ${JSON.stringify(loaded.errors.map((e) => [e.path, e.code]))}`);
        const direct = loadParsedFile(file);
        expect(direct.ok && direct.loaded.scenarios).toEqual(loaded.loaded.scenarios);
      }),
      { seed: 5301, numRuns: 200 },
    );
  });
});

describe('the parser, on anything', () => {
  const texts = fc.oneof(
    fc.anything().map((value) => JSON.stringify(value) ?? String(value)),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.json(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', ' ', '\ufeff', 'null', '[]', '{}', '"x"', '{"format":"zonereform/scenario","version":1}', '['.repeat(10_000), `${'['.repeat(5_000)}${']'.repeat(5_000)}`),
  );

  it('never throws, and every error has a JSON path from $ and words in both languages', () => {
    fc.assert(
      fc.property(texts, (text) => {
        readBoth(text);
        expectNoPollution();
      }),
      { seed: 5302, numRuns: 500 },
    );
  });

  it('never throws on a valid file cut short, or preceded by a byte order mark', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), fc.boolean(), (file, cut, bom) => {
        const text = serialiseScenarioFile(file);
        const { parsed } = readBoth(text.slice(0, cut % text.length));
        expect(parsed.ok).toBe(false);
        if (bom) expect(readBoth(`\ufeff${text}`).loaded.ok).toBe(true);
      }),
      { seed: 5303, numRuns: 150 },
    );
  });
});

describe('a valid file changed in one place', () => {
  for (const kind of MUTATION_KINDS) {
    it(`(${kind}) is refused where SPEC §3 says so, with an error at that place; never a throw`, () => {
      fc.assert(
        fc.property(validFileArb, fc.nat(), fc.nat(), (file, site, choice) => {
          const mutation = mutate(serialiseScenarioFile(file), kind, site, choice);
          fc.pre(mutation !== undefined);
          const { loaded } = readBoth(mutation.text);
          expectNoPollution();
          if (mutation.errorAt === undefined) return;
          expect(loaded.ok, mutation.describe).toBe(false);
          if (loaded.ok) return;
          const paths = loaded.errors.map((e) => e.path);
          const { errorAt, orWithin } = mutation;
          const placed = paths.includes(errorAt) || (orWithin !== undefined && paths.some((p) => p === orWithin || p.startsWith(`${orWithin}.`) || p.startsWith(`${orWithin}[`)));
          expect(placed, `${mutation.describe}: errors at ${paths.join(' ')}`).toBe(true);
        }),
        { seed: 5310 + MUTATION_KINDS.indexOf(kind), numRuns: 120 },
      );
    });
  }
});
