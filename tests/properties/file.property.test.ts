// The scenario file (SPEC §3): valid files survive a save and a reload; anything else is refused
// with errors that name their place, and the parser never throws or pollutes a prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadParsedFile, loadScenarioFile } from '../../src/engine';
import { serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
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
      { seed: 5301, numRuns: 300 },
    );
  });
});

describe('the generated files', () => {
  // the properties say something of version 2 only if the files hold what version 2 added
  it('hold every kind of version-2 content, among 300 of them', () => {
    const files = fc.sample(validFileArb, { seed: 5305, numRuns: 300 });
    const operations = files.flatMap((f) => f.scenarios.flatMap((s) => s.operations));
    const units = files.flatMap((f) => f.units);
    const count = {
      parentlessOffices: units.filter((u) => u.kind === 'office' && u.parent === undefined).length,
      officeTerritories: units.filter((u) => u.kind === 'office' && u.territory !== undefined).length,
      joints: units.filter((u) => u.jointWith !== undefined).length,
      groupsWithPosts: units.filter((u) => u.kind === 'group' && (u.leaderPosts ?? 0) > 0).length,
      statuses: new Set(files.flatMap((f) => f.scenarios.map((s) => s.status))).size,
      by: operations.filter((o) => o.by !== undefined).length,
      at: operations.filter((o) => o.at !== undefined).length,
      clearing: operations.filter((o) => o.op === 'set-unit' && Object.values(o).includes(null)).length,
      clearedParents: operations.filter((o) => o.op === 'set-unit' && o.parent === null).length,
      clearedJoints: operations.filter((o) => o.op === 'set-unit' && o.jointWith === null).length,
      addedParentlessOffices: operations.filter((o) => o.op === 'add-unit' && o.unit.kind === 'office' && o.unit.parent === undefined).length,
    };
    for (const [what, n] of Object.entries(count)) expect(n, what).toBeGreaterThan(what === 'statuses' ? 3 : 10);
  });
});

describe('a valid file that says version 1 (v2)', () => {
  it('is read as the same file, and saved as version 2', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const text = serialiseScenarioFile(file).replace('"version": 2', '"version": 1');
        const parsed = parseScenarioFile(text);
        if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.errors.map((e) => [e.path, e.code]))}`);
        expect(parsed.file).toStrictEqual({ ...file, version: 1 });
        expect(serialiseScenarioFile(parsed.file)).toBe(serialiseScenarioFile(file));
        expect(JSON.parse(serialiseScenarioFile(parsed.file)).version).toBe(2);
      }),
      { seed: 5304, numRuns: 100 },
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
      { seed: 5302, numRuns: 1000 },
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
      { seed: 5303, numRuns: 200 },
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
        { seed: 5310 + MUTATION_KINDS.indexOf(kind), numRuns: 200 },
      );
    });
  }
});

/** The smallest valid file (one town), with `fields` over it. */
const minimal = (fields: Record<string, unknown>) => ({
  format: 'zonereform/scenario',
  version: 1,
  title: '方案',
  units: [{ id: 'a', name: '东港镇', kind: 'town' }],
  bureaus: [],
  scenarios: [],
  ...fields,
});

describe('SPEC §3 taken at its word: the list of what makes a file invalid is the whole list', () => {
  const accepted = (file: unknown) => {
    const parsed = parseScenarioFile(JSON.stringify(file));
    return parsed.ok ? 'accepted' : parsed.errors.map((e) => `${e.path} ${e.code}`).join('; ');
  };

  it('"names are non-empty strings of at most 200 characters": every such string is a name', () => {
    const characters = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '名', 'a'), minLength: 1, maxLength: 200 }),
    );
    fc.assert(
      fc.property(characters, (name) => {
        expect(accepted(minimal({ title: name, units: [{ id: 'a', name, kind: 'town' }] }))).toBe('accepted');
      }),
      { seed: 5320, numRuns: 200 },
    );
  });

  it('"an id repeats within the file\'s functions definitions" (v2): refused at each repeat, and only there', () => {
    const entries = fc.array(
      fc.record({ id: fc.constantFrom('tourism', 'finance', 'port-logistics'), name: fc.constantFrom('文旅发展', '财政', '港口物流'), category: fc.constantFrom('economic', 'social', 'general') }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(entries, (functions) => {
        const repeats = functions.flatMap((fn, index) => (functions.findIndex((other) => other.id === fn.id) < index ? [`$.functions[${index}].id functionDef.repeat`] : []));
        expect(accepted(minimal({ functions }))).toBe(repeats.length === 0 ? 'accepted' : repeats.join('; '));
      }),
      { seed: 5321, numRuns: 100 },
    );
  });

  it('"an id repeats within one bureau\'s functions" (v2): refused at each repeat, and only there', () => {
    const duties = fc.array(fc.constantFrom('finance', 'state-assets', 'investment-promotion'), { maxLength: 5 });
    fc.assert(
      fc.property(duties, (functions) => {
        const bureau = { id: 'b', name: '财政局', unit: 'a', type: 'internal', category: 'general', functions, staff: { admin: 1, institutional: 0 }, leaderPosts: 1 };
        const repeats = functions.flatMap((fn, index) => (functions.indexOf(fn) < index ? [`$.bureaus[0].functions[${index}] function.repeat`] : []));
        expect(accepted(minimal({ bureaus: [bureau] }))).toBe(repeats.length === 0 ? 'accepted' : repeats.join('; '));
      }),
      { seed: 5323, numRuns: 100 },
    );
  });

  it('"meta: any JSON object, kept untouched": however deeply it nests', () => {
    fc.assert(
      fc.property(fc.nat(100), (depth) => {
        let nested: unknown = '底';
        for (let level = 0; level < depth; level++) nested = [nested];
        const parsed = parseScenarioFile(JSON.stringify(minimal({ meta: { layout: nested } })));
        expect(parsed.ok && parsed.file.meta).toEqual({ layout: nested });
      }),
      { seed: 5322, numRuns: 100 },
    );
  });
});

describe('regressions', () => {
  const errorsOf = (file: unknown) => {
    const parsed = parseScenarioFile(JSON.stringify(file));
    return parsed.ok ? [] : parsed.errors.map((e) => `${e.path} ${e.code}`);
  };

  // SPEC §3 says "names are non-empty strings"; the parser refuses white space only (name.empty).
  it('regression: a name of one space is a non-empty string, so a name (SPEC §3)', () => {
    expect(errorsOf(minimal({ title: ' ', units: [{ id: 'a', name: ' ', kind: 'town' }] }))).toEqual([]);
  });

  // v1 allowed two functions entries with one id (this regression said so); v2 refuses the second, and
  // in a file that says version 1 the error says that it is a version-2 rule.
  it('v2: two functions entries with the id "tourism" make a file invalid, and a version-1 file is told why', () => {
    const entry = { id: 'tourism', name: '文旅发展', category: 'economic' };
    expect(errorsOf(minimal({ functions: [entry, { ...entry }] }))).toEqual(['$.functions[1].id functionDef.repeat']);
    const v1 = parseScenarioFile(JSON.stringify(minimal({ functions: [entry, { ...entry }] })));
    const v2 = parseScenarioFile(JSON.stringify(minimal({ version: 2, functions: [entry, { ...entry }] })));
    if (v1.ok || v2.ok) return expect.fail('refused');
    expect(v1.errors[0]!.message.zh).toContain('格式版本 2 的规则');
    expect(v1.errors[0]!.message.en).toContain('A rule of format version 2');
    expect(v2.errors[0]!.message.zh).not.toContain('格式版本 2');
    expect(v2.errors[0]!.message.en).not.toContain('format version 2');
  });

  // SPEC §3: meta is "any JSON object, kept untouched"; the parser refuses nesting deeper than 64 levels (file.tooDeep).
  it('regression: meta holding 64 nested arrays is kept untouched (SPEC §3)', () => {
    let nested: unknown = '底';
    for (let level = 0; level < 64; level++) nested = [nested];
    const parsed = parseScenarioFile(JSON.stringify(minimal({ meta: { layout: nested } })));
    expect(parsed.ok && parsed.file.meta).toEqual({ layout: nested });
  });

  // Found by the duplicate-id mutation: the unit is refused for naming itself and is then left out of the
  // duplicate check, so the file is refused without an error at $.units[0].id. SPEC asks for a refusal only.
  it('regression: a unit given the id that its own jointWith names is refused (units[0].id := units[2].id)', () => {
    const file = {
      format: 'zonereform/scenario',
      version: 1,
      title: '!',
      units: [
        { id: 'a', name: '!', kind: 'zone', governance: 'integrated', jointWith: 'a' },
        { id: '-', name: '<script>alert("x")</script>', kind: 'zone', governance: 'integrated' },
        { id: 'a', name: '开', kind: 'zone', governance: 'integrated' },
      ],
      bureaus: [],
      scenarios: [],
    };
    const loaded = loadScenarioFile(JSON.stringify(file, null, 2));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.map((e) => e.path)).toContain('$.units[0].jointWith');
  });

  // Found by the round trip while the generator still made records without a prototype.
  it('regression: a file whose staff objects have no prototype saves and reads back with the same content', () => {
    const staff = Object.assign(Object.create(null) as object, { admin: 0, institutional: 0 });
    const file = {
      format: 'zonereform/scenario' as const,
      version: 2 as const,
      title: '!',
      units: [{ id: 'a', name: '开', kind: 'zone' as const, governance: 'integrated' as const }],
      bureaus: [
        { id: 'a', name: '<script>alert("x")</script>', unit: 'a', type: 'internal' as const, category: 'economic' as const, functions: [], staff: staff as { admin: number; institutional: number }, leaderPosts: 0 },
      ],
      scenarios: [],
    };
    const parsed = parseScenarioFile(serialiseScenarioFile(file));
    expect(parsed.ok && parsed.file).toEqual(file);
  });
});
