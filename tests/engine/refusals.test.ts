// SPEC §5, the "refused when" column: each case makes the whole file invalid, and the error
// names the scenario and the operation's index as a JSON path (§3). Refusals that only the
// operation's place can decide (a bureau that no longer exists, a reference that names nothing)
// are at `$.scenarios[i].operations[j]` exactly; a malformed operation, which the parser finds,
// may point deeper inside it.
import { describe, expect, it } from 'vitest';
import { applyOperation, baselineOf, contextOf, playOperations } from '../../src/engine';
import { type Operation } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import {
  type RawOperation,
  bureau,
  file,
  group,
  hasChinese,
  load,
  office,
  platform,
  scenario,
  street,
  town,
  withOperations,
  zone,
} from './build';

// Z covers T and S; O is Z's office. Zp, Op, T, S, W, V, Z2, P, G hold no bureaus.
// W is named only by V's jointWith; Zp only by Op's parent; T only by Z's territory; G by nobody.
const base = {
  units: [
    zone('Z', { territory: ['T', 'S'] }),
    office('O', 'Z'),
    zone('Z2'),
    zone('Zp'),
    office('Op', 'Zp'),
    town('T'),
    street('S'),
    town('W'),
    platform('V', { jointWith: 'W' }),
    platform('P'),
    group('G'),
  ],
  bureaus: [
    bureau('A', 'Z', { name: '招商局', functions: ['investment-promotion'] }),
    bureau('B', 'Z', { name: '综合办', category: 'general', functions: ['finance'] }),
    bureau('I', 'Z', { name: '服务中心', type: 'institution', category: 'general', functions: ['state-assets'] }),
    bureau('C', 'O', { name: '园区办', functions: ['industry-development'] }),
  ],
};

interface Case {
  /** what makes the operation refused, in SPEC's words */
  when: string;
  operations: RawOperation[];
  /** `exact`: the path is the operation's; `inside`: the path is the operation's or deeper in it */
  path: 'exact' | 'inside';
  /** words the message must hold in both languages (the id that names nothing, …) */
  mentions?: string[];
}

const cases: Record<string, Case[]> = {
  move: [
    { when: 'the bureau is missing', operations: [{ op: 'move', bureau: 'nope', to: 'Z2' }], path: 'exact', mentions: ['nope'] },
    { when: 'the unit is missing', operations: [{ op: 'move', bureau: 'A', to: 'nowhere' }], path: 'exact', mentions: ['nowhere'] },
    { when: 'the bureau is already there', operations: [{ op: 'move', bureau: 'A', to: 'Z' }], path: 'exact', mentions: ['招商局'] },
  ],
  merge: [
    { when: 'fewer than 2 bureaus', operations: [{ op: 'merge', bureaus: ['A'], into: { id: 'M', name: 'm' } }], path: 'inside' },
    { when: 'none at all', operations: [{ op: 'merge', bureaus: [], into: { id: 'M', name: 'm' } }], path: 'inside' },
    { when: 'a bureau is repeated', operations: [{ op: 'merge', bureaus: ['A', 'B', 'A'], into: { id: 'M', name: 'm' } }], path: 'inside' },
    { when: 'a bureau is missing', operations: [{ op: 'merge', bureaus: ['A', 'nope'], into: { id: 'M', name: 'm' } }], path: 'exact', mentions: ['nope'] },
    { when: 'the bureaus are not all in one unit', operations: [{ op: 'merge', bureaus: ['A', 'C'], into: { id: 'M', name: 'm' } }], path: 'exact' },
    { when: 'the bureaus are not all of one type', operations: [{ op: 'merge', bureaus: ['A', 'I'], into: { id: 'M', name: 'm' } }], path: 'exact' },
    { when: 'into.id is in use', operations: [{ op: 'merge', bureaus: ['A', 'B'], into: { id: 'C', name: 'm' } }], path: 'exact' },
    {
      when: 'a bureau merged away earlier is named again',
      operations: [
        { op: 'merge', bureaus: ['A', 'B'], into: { id: 'M', name: 'm' } },
        { op: 'move', bureau: 'A', to: 'Z2' },
      ],
      path: 'exact',
      mentions: ['A'],
    },
  ],
  abolish: [
    { when: 'the bureau is missing', operations: [{ op: 'abolish', bureau: 'nope' }], path: 'exact', mentions: ['nope'] },
    { when: 'functionsTo is missing', operations: [{ op: 'abolish', bureau: 'A', functionsTo: 'heir' }], path: 'exact', mentions: ['heir'] },
    { when: 'functionsTo is the same bureau', operations: [{ op: 'abolish', bureau: 'A', functionsTo: 'A' }], path: 'exact' },
    {
      when: 'the bureau was abolished earlier',
      operations: [
        { op: 'abolish', bureau: 'B' },
        { op: 'abolish', bureau: 'B' },
      ],
      path: 'exact',
    },
    {
      when: 'functionsTo was abolished earlier',
      operations: [
        { op: 'abolish', bureau: 'B' },
        { op: 'abolish', bureau: 'A', functionsTo: 'B' },
      ],
      path: 'exact',
    },
  ],
  create: [
    { when: 'the bureau has a negative number', operations: [{ op: 'create', bureau: bureau('N', 'Z', { staff: { admin: -1 } }) }], path: 'inside' },
    { when: 'the bureau has a fractional number', operations: [{ op: 'create', bureau: bureau('N', 'Z', { leaderPosts: 1.5 }) }], path: 'inside' },
    {
      when: 'the bureau lacks a required field',
      operations: [{ op: 'create', bureau: { id: 'N', name: 'n', unit: 'Z', type: 'internal', category: 'economic', functions: [], staff: { admin: 0, institutional: 0 } } }],
      path: 'inside',
    },
    { when: 'the bureau has an unknown type', operations: [{ op: 'create', bureau: { ...bureau('N', 'Z'), type: 'department' } }], path: 'inside' },
    { when: 'the bureau has an unknown key', operations: [{ op: 'create', bureau: { ...bureau('N', 'Z'), colour: 'red' } }], path: 'inside' },
    { when: "the bureau's unit names nothing", operations: [{ op: 'create', bureau: bureau('N', 'nowhere') }], path: 'exact', mentions: ['nowhere'] },
    { when: "the bureau's unit was removed earlier", operations: [{ op: 'remove-unit', unit: 'Z2' }, { op: 'create', bureau: bureau('N', 'Z2') }], path: 'exact' },
    { when: 'a duty names nothing', operations: [{ op: 'create', bureau: bureau('N', 'Z', { functions: ['finance', 'no-such-duty'] }) }], path: 'exact', mentions: ['no-such-duty'] },
    { when: 'a duty is listed twice (v2)', operations: [{ op: 'create', bureau: bureau('N', 'Z', { functions: ['finance', 'state-assets', 'finance'] }) }], path: 'inside', mentions: ['finance'] },
    { when: 'the id is in use', operations: [{ op: 'create', bureau: bureau('B', 'Z2') }], path: 'exact', mentions: ['B'] },
  ],
  set: [
    { when: 'the bureau is missing', operations: [{ op: 'set', bureau: 'nope', leaderPosts: 1 }], path: 'exact', mentions: ['nope'] },
    { when: 'a duty names nothing', operations: [{ op: 'set', bureau: 'A', functions: ['no-such-duty'] }], path: 'exact', mentions: ['no-such-duty'] },
    { when: 'functions lists a duty twice (v2)', operations: [{ op: 'set', bureau: 'A', functions: ['finance', 'finance'] }], path: 'inside', mentions: ['finance'] },
    { when: 'leaderPosts is negative', operations: [{ op: 'set', bureau: 'A', leaderPosts: -2 }], path: 'inside' },
    { when: 'leaderPosts is above 1,000,000', operations: [{ op: 'set', bureau: 'A', leaderPosts: 1_000_001 }], path: 'inside' },
    { when: 'the category is not one of the three', operations: [{ op: 'set', bureau: 'A', category: 'cultural' }], path: 'inside' },
    { when: 'staff is not a whole object', operations: [{ op: 'set', bureau: 'A', staff: { admin: 3 } }], path: 'inside' },
    { when: 'the name is empty', operations: [{ op: 'set', bureau: 'A', name: '' }], path: 'inside' },
    { when: 'it tries to change the unit (not a set field)', operations: [{ op: 'set', bureau: 'A', unit: 'Z2' }], path: 'inside' },
  ],
  reassign: [
    { when: '`from` does not hold the duty', operations: [{ op: 'reassign', function: 'finance', from: 'A', to: 'B' }], path: 'exact', mentions: ['招商局'] },
    { when: '`from` is missing', operations: [{ op: 'reassign', function: 'finance', from: 'nope', to: 'B' }], path: 'exact', mentions: ['nope'] },
    { when: '`to` is missing', operations: [{ op: 'reassign', function: 'finance', from: 'B', to: 'nope' }], path: 'exact', mentions: ['nope'] },
    { when: '`from` = `to`', operations: [{ op: 'reassign', function: 'finance', from: 'B', to: 'B' }], path: 'exact' },
    {
      when: '`from` gave the duty away already',
      operations: [
        { op: 'reassign', function: 'finance', from: 'B', to: 'A' },
        { op: 'reassign', function: 'finance', from: 'B', to: 'C' },
      ],
      path: 'exact',
    },
  ],
  'add-unit': [
    { when: 'the id is in use', operations: [{ op: 'add-unit', unit: town('T') }], path: 'exact', mentions: ['T'] },
    { when: 'a zone lacks governance', operations: [{ op: 'add-unit', unit: { id: 'NZ', name: 'nz', kind: 'zone' } }], path: 'inside' },
    { when: 'a town has governance', operations: [{ op: 'add-unit', unit: town('NT', { governance: 'separated' }) }], path: 'inside' },
    { when: 'a street is a developed town', operations: [{ op: 'add-unit', unit: street('NS', { developedTown: true }) }], path: 'inside' },
    { when: 'a town has a rank', operations: [{ op: 'add-unit', unit: town('NT', { rank: { position: 1, of: 3 } }) }], path: 'inside' },
    { when: 'the rank position exceeds the number ranked', operations: [{ op: 'add-unit', unit: zone('NZ', { rank: { position: 4, of: 3 } }) }], path: 'inside' },
    { when: 'jointWith names the unit itself', operations: [{ op: 'add-unit', unit: platform('NP', { jointWith: 'NP' }) }], path: 'inside' },
    { when: 'parent names nothing', operations: [{ op: 'add-unit', unit: office('NO', 'nowhere') }], path: 'exact', mentions: ['nowhere'] },
    { when: 'parent is not a zone', operations: [{ op: 'add-unit', unit: office('NO', 'O') }], path: 'exact' },
    { when: 'territory names nothing', operations: [{ op: 'add-unit', unit: zone('NZ', { territory: ['nowhere'] }) }], path: 'exact', mentions: ['nowhere'] },
    { when: 'territory names a unit that is not a town or street', operations: [{ op: 'add-unit', unit: zone('NZ', { territory: ['T', 'P'] }) }], path: 'exact' },
    { when: 'jointWith names nothing', operations: [{ op: 'add-unit', unit: platform('NP', { jointWith: 'nowhere' }) }], path: 'exact', mentions: ['nowhere'] },
    { when: 'jointWith names a platform (v2)', operations: [{ op: 'add-unit', unit: town('NT', { jointWith: 'P' }) }], path: 'exact', mentions: ['platform P'] },
    { when: 'jointWith names a group (v2)', operations: [{ op: 'add-unit', unit: town('NT', { jointWith: 'G' }) }], path: 'exact', mentions: ['group G'] },
    {
      when: 'jointWith names a unit that is itself run jointly (a chain, v2)',
      operations: [
        { op: 'add-unit', unit: street('NS', { jointWith: 'T' }) },
        { op: 'add-unit', unit: town('NT', { jointWith: 'NS' }) },
      ],
      path: 'exact',
      mentions: ['street NS', 'town T'],
    },
    { when: 'territory is given to a town', operations: [{ op: 'add-unit', unit: town('NT', { territory: ['T'] }) }], path: 'inside' },
  ],
  'set-unit': [
    { when: 'the unit is missing', operations: [{ op: 'set-unit', unit: 'nope', leaderPosts: 1 }], path: 'exact', mentions: ['nope'] },
    { when: "a street that a zone's territory names becomes a platform", operations: [{ op: 'set-unit', unit: 'S', kind: 'platform' }], path: 'exact' },
    { when: "a town that a zone's territory names becomes a group", operations: [{ op: 'set-unit', unit: 'T', kind: 'group' }], path: 'exact' },
    { when: 'a town is given governance', operations: [{ op: 'set-unit', unit: 'T', governance: 'integrated' }], path: 'exact' },
    { when: 'a town is given territory', operations: [{ op: 'set-unit', unit: 'W', territory: ['T'] }], path: 'exact' },
    { when: 'a street is made a developed town', operations: [{ op: 'set-unit', unit: 'S', developedTown: true }], path: 'exact' },
    { when: 'a platform is given a level', operations: [{ op: 'set-unit', unit: 'P', level: 'national' }], path: 'exact' },
    { when: 'a town is given a rank', operations: [{ op: 'set-unit', unit: 'T', rank: { position: 1, of: 2 } }], path: 'exact' },
    { when: 'a zone is given a parent', operations: [{ op: 'set-unit', unit: 'Z2', parent: 'Z' }], path: 'exact' },
    { when: "an office's parent becomes a town", operations: [{ op: 'set-unit', unit: 'O', parent: 'T' }], path: 'exact' },
    { when: "an office's parent names nothing", operations: [{ op: 'set-unit', unit: 'O', parent: 'nowhere' }], path: 'exact', mentions: ['nowhere'] },
    { when: 'a zone that is a parent becomes a town', operations: [{ op: 'set-unit', unit: 'Zp', kind: 'town' }], path: 'exact' },
    { when: 'a town becomes a zone without governance', operations: [{ op: 'set-unit', unit: 'W', kind: 'zone' }], path: 'exact' },
    { when: "a zone's territory names a zone", operations: [{ op: 'set-unit', unit: 'Z2', territory: ['Z'] }], path: 'exact' },
    { when: "a zone's territory names nothing", operations: [{ op: 'set-unit', unit: 'Z2', territory: ['nowhere'] }], path: 'exact', mentions: ['nowhere'] },
    { when: 'jointWith names the unit itself', operations: [{ op: 'set-unit', unit: 'P', jointWith: 'P' }], path: 'exact' },
    { when: 'jointWith names nothing', operations: [{ op: 'set-unit', unit: 'P', jointWith: 'nowhere' }], path: 'exact', mentions: ['nowhere'] },
    { when: 'jointWith names a platform (v2)', operations: [{ op: 'set-unit', unit: 'T', jointWith: 'P' }], path: 'exact', mentions: ['platform P'] },
    { when: 'jointWith names a group (v2)', operations: [{ op: 'set-unit', unit: 'T', jointWith: 'G' }], path: 'exact', mentions: ['group G'] },
    {
      when: 'two units name each other (a pair, v2)',
      operations: [
        { op: 'set-unit', unit: 'Z2', jointWith: 'Zp' },
        { op: 'set-unit', unit: 'Zp', jointWith: 'Z2' },
      ],
      path: 'exact',
      // each of the two is refused for naming the other
      mentions: ['jointWith'],
    },
    {
      when: 'jointWith names a unit that is itself run jointly (a chain, v2)',
      operations: [
        { op: 'set-unit', unit: 'Z2', jointWith: 'Zp' },
        { op: 'set-unit', unit: 'T', jointWith: 'Z2' },
      ],
      path: 'exact',
      mentions: ['zone Z2', 'zone Zp'],
    },
    // V (a platform) runs jointly with W: W may not now be joined to another unit, nor stop being a town
    { when: 'a unit that another runs jointly with gets a jointWith of its own (a chain, v2)', operations: [{ op: 'set-unit', unit: 'W', jointWith: 'T' }], path: 'exact', mentions: ['town W'] },
    { when: 'a unit that another runs jointly with becomes a group (v2)', operations: [{ op: 'set-unit', unit: 'W', kind: 'group' }], path: 'exact', mentions: ['town W'] },
    { when: 'null clears the name (v2: only optional fields clear)', operations: [{ op: 'set-unit', unit: 'T', name: null }], path: 'inside', mentions: ['name'] },
    { when: 'null clears the kind', operations: [{ op: 'set-unit', unit: 'T', kind: null }], path: 'inside', mentions: ['kind'] },
    { when: "null clears a zone's governance", operations: [{ op: 'set-unit', unit: 'Z2', governance: null }], path: 'inside', mentions: ['governance'] },
    { when: 'null clears leaderPosts (0 is written instead)', operations: [{ op: 'set-unit', unit: 'Z', leaderPosts: null }], path: 'inside', mentions: ['leaderPosts', '0'] },
    { when: 'null is given for the unit named', operations: [{ op: 'set-unit', unit: null, bodyCap: null }], path: 'inside' },
    { when: 'a zone becomes a town and keeps its governance', operations: [{ op: 'set-unit', unit: 'Z2', kind: 'town' }], path: 'exact' },
    { when: 'the name is empty', operations: [{ op: 'set-unit', unit: 'P', name: '' }], path: 'inside' },
    { when: 'the kind is unknown', operations: [{ op: 'set-unit', unit: 'P', kind: 'company' }], path: 'inside' },
    { when: 'leaderPostCap is negative', operations: [{ op: 'set-unit', unit: 'Z', leaderPostCap: -1 }], path: 'inside' },
    { when: 'it tries to change the id', operations: [{ op: 'set-unit', unit: 'P', id: 'P2' }], path: 'inside' },
  ],
  // what every operation may carry (v2): who proposed it and when
  record: [
    { when: 'by is empty', operations: [{ op: 'move', bureau: 'A', to: 'Z2', by: '' }], path: 'inside' },
    { when: 'by is longer than 100 characters', operations: [{ op: 'move', bureau: 'A', to: 'Z2', by: '王'.repeat(101) }], path: 'inside', mentions: ['101', '100'] },
    { when: 'by is not text', operations: [{ op: 'move', bureau: 'A', to: 'Z2', by: 7 }], path: 'inside' },
    { when: 'at is no ISO 8601 date', operations: [{ op: 'move', bureau: 'A', to: 'Z2', at: '29/11/2026' }], path: 'inside', mentions: ['29/11/2026'] },
    { when: 'at names a day the month lacks', operations: [{ op: 'move', bureau: 'A', to: 'Z2', at: '2026-02-30' }], path: 'inside', mentions: ['2026-02-30'] },
    { when: 'at has an offset of more than 14 hours', operations: [{ op: 'move', bureau: 'A', to: 'Z2', at: '2026-11-29T10:15:00+25:00' }], path: 'inside' },
    { when: 'at has an hour 24', operations: [{ op: 'set-unit', unit: 'Z', at: '2026-11-29T24:00:00Z' }], path: 'inside' },
  ],
  'remove-unit': [
    { when: 'the unit is missing', operations: [{ op: 'remove-unit', unit: 'nope' }], path: 'exact', mentions: ['nope'] },
    { when: 'it still holds bureaus', operations: [{ op: 'remove-unit', unit: 'O' }], path: 'exact' },
    { when: "another unit's parent names it", operations: [{ op: 'remove-unit', unit: 'Zp' }], path: 'exact' },
    { when: "a zone's territory names it", operations: [{ op: 'remove-unit', unit: 'T' }], path: 'exact' },
    { when: "another unit's jointWith names it", operations: [{ op: 'remove-unit', unit: 'W' }], path: 'exact' },
    {
      when: 'a bureau moved into it earlier',
      operations: [
        { op: 'move', bureau: 'A', to: 'Z2' },
        { op: 'remove-unit', unit: 'Z2' },
      ],
      path: 'exact',
    },
  ],
};

/** The operation's own path, or one inside it (`.field`, `[n]`). */
function isInside(path: string, operation: string): boolean {
  return path === operation || path.startsWith(`${operation}.`) || path.startsWith(`${operation}[`);
}

describe.each(Object.entries(cases))('%s is refused', (_op, list) => {
  it.each(list)('when $when', ({ operations, path, mentions }) => {
    const result = load(withOperations(base, operations));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = `$.scenarios[0].operations[${operations.length - 1}]`;
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      if (path === 'exact') expect(error.path).toBe(at);
      else expect(isInside(error.path, at), `${error.path} is not inside ${at}`).toBe(true);
      expect(error.message.zh.length).toBeGreaterThan(0);
      expect(error.message.en.length).toBeGreaterThan(0);
      expect(hasChinese(error.message.zh)).toBe(true);
      expect(error.message.en).not.toBe(error.message.zh);
      for (const word of mentions ?? []) {
        expect(error.message.zh).toContain(word);
        expect(error.message.en).toContain(word);
      }
    }
  });
});

describe('a refused operation', () => {
  const engineCases = Object.values(cases)
    .flat()
    .filter((c) => c.path === 'exact');

  it.each(engineCases)('leaves the state it was given untouched, when $when', ({ operations }) => {
    const parsed = parseScenarioFile(JSON.stringify(withOperations(base, operations.slice(0, -1))));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const context = contextOf(parsed.file);
    const before = playOperations(baselineOf(parsed.file), parsed.file.scenarios[0]!.operations, context);
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    const state = before.state;
    const copy = structuredClone(state);
    const result = applyOperation(state, operations[operations.length - 1] as Operation, context);
    expect(result.ok).toBe(false);
    expect(state).toEqual(copy);
  });

  it('makes the whole file invalid even when the other scenarios are fine', () => {
    const result = load(
      file({
        ...base,
        scenarios: [
          scenario('fine', [{ op: 'move', bureau: 'A', to: 'Z2' }]),
          scenario('broken', [
            { op: 'move', bureau: 'A', to: 'Z2' },
            { op: 'abolish', bureau: 'B' },
            { op: 'move', bureau: 'B', to: 'Z2' },
            { op: 'move', bureau: 'nope', to: 'Z2' },
          ]),
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // the first refused operation of the second scenario: index 2
    expect(result.errors.map((e) => e.path)).toEqual(['$.scenarios[1].operations[2]']);
  });

  it('reports a refusal in every scenario that has one, each at its own path', () => {
    const result = load(
      file({
        ...base,
        scenarios: [
          scenario('a', [{ op: 'remove-unit', unit: 'O' }]),
          scenario('b', []),
          scenario('c', [{ op: 'abolish', bureau: 'A' }, { op: 'abolish', bureau: 'A' }]),
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['$.scenarios[0].operations[0]', '$.scenarios[2].operations[1]']);
  });
});
