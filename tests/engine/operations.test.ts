// SPEC §5, the "effect" column: what each operation leaves behind, field by field.
import { describe, expect, it } from 'vitest';
import { applyOperation, contextOf } from '../../src/engine';
import type { Bureau, Operation, Unit } from '../../src/model';
import {
  bureau,
  file,
  findBureau,
  findUnit,
  loaded,
  office,
  platform,
  report,
  scenario,
  scenarioState,
  street,
  town,
  withOperations,
  zone,
} from './build';

const A = bureau('A', 'Z', {
  name: '招商局',
  category: 'economic',
  functions: ['investment-promotion', 'industry-development'],
  staff: { admin: 5, institutional: 2 },
  leaderPosts: 2,
});
const B = bureau('B', 'Z', {
  name: '综合办',
  category: 'general',
  functions: ['finance', 'investment-promotion'],
  staff: { admin: 3, institutional: 1 },
  leaderPosts: 3,
});
const C = bureau('C', 'Z', {
  name: '科技局',
  category: 'social',
  functions: ['industry-development', 'sci-tech-innovation'],
  staff: { admin: 0, institutional: 4 },
  leaderPosts: 1,
});
const I = bureau('I', 'Z', { type: 'institution', category: 'general', functions: ['state-assets'], staff: { institutional: 6 }, leaderPosts: 1 });
const I2 = bureau('I2', 'Z', { type: 'institution', category: 'economic', functions: ['finance'], staff: { institutional: 2 }, leaderPosts: 4 });
const D = bureau('D', 'T', { category: 'social', functions: ['urban-management'], staff: { admin: 4 }, leaderPosts: 1 });

const units: Unit[] = [
  zone('Z', { leaderPosts: 4 }),
  office('O', 'Z'),
  zone('Z2'),
  town('T'),
  street('S'),
  platform('P'),
];
const base = { units, bureaus: [A, B, C, I, I2, D] };

/** The bureaus of a state other than those named, for "the rest is untouched". */
function others(bureaus: readonly Bureau[], ...except: string[]): Bureau[] {
  return bureaus.filter((b) => !except.includes(b.id));
}

describe('move', () => {
  it('gives the bureau to the new unit with its staff, duties and posts, and nothing else changes', () => {
    const state = scenarioState(withOperations(base, [{ op: 'move', bureau: 'A', to: 'P' }]));
    expect(findBureau(state, 'A')).toStrictEqual({ ...A, unit: 'P' });
    expect(others(state.bureaus, 'A')).toEqual(others(base.bureaus, 'A'));
    expect(state.units).toEqual(units);
  });

  it('applies moves in order: the last one decides where the bureau ends', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'move', bureau: 'D', to: 'S' },
        { op: 'move', bureau: 'D', to: 'O' },
      ]),
    );
    expect(findBureau(state, 'D')?.unit).toBe('O');
  });
});

describe('merge', () => {
  it('replaces the bureaus by one: union of duties in first-seen order, staff summed, largest posts, type theirs, category of the first listed', () => {
    // listed B, A, C: B's duties come first
    // functions: B [finance, investment-promotion] + A [investment-promotion, industry-development]
    //            + C [industry-development, sci-tech-innovation]
    //   = [finance, investment-promotion, industry-development, sci-tech-innovation]
    // staff: admin 3 + 5 + 0 = 8, institutional 1 + 2 + 4 = 7; leaderPosts max(3, 2, 1) = 3
    // category: none given, so B's (the first listed): general
    const state = scenarioState(
      withOperations(base, [{ op: 'merge', bureaus: ['B', 'A', 'C'], into: { id: 'M', name: '经济发展局' } }]),
    );
    expect(findBureau(state, 'M')).toStrictEqual({
      id: 'M',
      name: '经济发展局',
      unit: 'Z',
      type: 'internal',
      category: 'general',
      functions: ['finance', 'investment-promotion', 'industry-development', 'sci-tech-innovation'],
      staff: { admin: 8, institutional: 7 },
      leaderPosts: 3,
    });
    expect(state.bureaus.map((b) => b.id).sort()).toEqual(['D', 'I', 'I2', 'M']);
    expect(others(state.bureaus, 'M')).toEqual([I, I2, D]);
  });

  it('takes into.category when given', () => {
    const state = scenarioState(
      withOperations(base, [{ op: 'merge', bureaus: ['B', 'C'], into: { id: 'M', name: 'merged', category: 'economic' } }]),
    );
    expect(findBureau(state, 'M')?.category).toBe('economic');
  });

  it('keeps the type of public institutions merged together', () => {
    // staff: admin 0 + 0, institutional 6 + 2 = 8; posts max(1, 4) = 4; category of I (first): general
    const state = scenarioState(withOperations(base, [{ op: 'merge', bureaus: ['I', 'I2'], into: { id: 'N', name: 'centre' } }]));
    expect(findBureau(state, 'N')).toStrictEqual({
      id: 'N',
      name: 'centre',
      unit: 'Z',
      type: 'institution',
      category: 'general',
      functions: ['state-assets', 'finance'],
      staff: { admin: 0, institutional: 8 },
      leaderPosts: 4,
    });
  });

  it('places the new bureau in the unit the merged ones were in, after they moved there', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'move', bureau: 'A', to: 'O' },
        { op: 'move', bureau: 'B', to: 'O' },
        { op: 'merge', bureaus: ['A', 'B'], into: { id: 'M', name: 'merged' } },
      ]),
    );
    expect(findBureau(state, 'M')?.unit).toBe('O');
  });
});

describe('abolish', () => {
  it('removes the bureau with its staff and posts and leaves every other bureau as it was', () => {
    const state = scenarioState(withOperations(base, [{ op: 'abolish', bureau: 'B' }]));
    expect(findBureau(state, 'B')).toBeUndefined();
    expect(state.bureaus).toEqual([A, C, I, I2, D]);
  });

  it('gives its duties to functionsTo, each once, and nothing else of it', () => {
    // A has [investment-promotion, industry-development]; B brings [finance, investment-promotion]:
    // investment-promotion is already there, finance joins once
    const state = scenarioState(withOperations(base, [{ op: 'abolish', bureau: 'B', functionsTo: 'A' }]));
    const heir = findBureau(state, 'A');
    expect(heir?.functions).toHaveLength(3);
    expect([...(heir?.functions ?? [])].sort()).toEqual(['finance', 'industry-development', 'investment-promotion']);
    expect(heir?.staff).toEqual({ admin: 5, institutional: 2 });
    expect(heir?.leaderPosts).toBe(2);
    expect(findBureau(state, 'B')).toBeUndefined();
    expect(others(state.bureaus, 'A')).toEqual([C, I, I2, D]);
  });

  // v1 tested a duty listed twice on the abolished bureau; since v2 a bureau lists each duty once
  it('hands over a duty the heir already carries only once', () => {
    const gone = bureau('X', 'Z', { functions: ['finance', 'urban-management'] });
    const heir = bureau('H', 'T', { functions: ['urban-management'] });
    const state = scenarioState(
      withOperations({ units, bureaus: [gone, heir] }, [{ op: 'abolish', bureau: 'X', functionsTo: 'H' }]),
    );
    expect(findBureau(state, 'H')?.functions).toEqual(['urban-management', 'finance']);
  });
});

describe('create', () => {
  it('adds the whole bureau as given', () => {
    const made = bureau('NEW', 'O', {
      name: '园区服务中心',
      type: 'institution',
      category: 'social',
      functions: ['livelihood-services', 'business-environment'],
      staff: { admin: 1, institutional: 9 },
      leaderPosts: 2,
    });
    const state = scenarioState(withOperations(base, [{ op: 'create', bureau: made }]));
    expect(findBureau(state, 'NEW')).toStrictEqual(made);
    expect(state.bureaus).toHaveLength(7);
    expect(others(state.bureaus, 'NEW')).toEqual(base.bureaus);
  });

  it('lets later operations use the created bureau', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'create', bureau: bureau('NEW', 'O') },
        { op: 'move', bureau: 'NEW', to: 'Z2' },
      ]),
    );
    expect(findBureau(state, 'NEW')?.unit).toBe('Z2');
  });
});

describe('set', () => {
  it('changes every field it names', () => {
    const state = scenarioState(
      withOperations(base, [
        {
          op: 'set',
          bureau: 'C',
          name: '科技创新局',
          type: 'institution',
          category: 'economic',
          functions: ['sci-tech-innovation', 'talent-attraction'],
          staff: { admin: 7, institutional: 0 },
          leaderPosts: 5,
        },
      ]),
    );
    expect(findBureau(state, 'C')).toStrictEqual({
      id: 'C',
      name: '科技创新局',
      unit: 'Z',
      type: 'institution',
      category: 'economic',
      functions: ['sci-tech-innovation', 'talent-attraction'],
      staff: { admin: 7, institutional: 0 },
      leaderPosts: 5,
    });
  });

  it('changes only the fields it names, and staff as a whole object', () => {
    const state = scenarioState(withOperations(base, [{ op: 'set', bureau: 'A', staff: { admin: 1, institutional: 0 } }]));
    expect(findBureau(state, 'A')).toStrictEqual({ ...A, staff: { admin: 1, institutional: 0 } });
    expect(others(state.bureaus, 'A')).toEqual(others(base.bureaus, 'A'));
  });

  it('can empty the duties', () => {
    const state = scenarioState(withOperations(base, [{ op: 'set', bureau: 'A', functions: [] }]));
    expect(findBureau(state, 'A')?.functions).toEqual([]);
  });
});

describe('reassign', () => {
  it('takes the duty from one bureau and gives it to the other', () => {
    const state = scenarioState(
      withOperations(base, [{ op: 'reassign', function: 'investment-promotion', from: 'A', to: 'C' }]),
    );
    expect(findBureau(state, 'A')?.functions).toEqual(['industry-development']);
    const to = findBureau(state, 'C')?.functions ?? [];
    expect([...to].sort()).toEqual(['industry-development', 'investment-promotion', 'sci-tech-innovation']);
    expect(others(state.bureaus, 'A', 'C')).toEqual(others(base.bureaus, 'A', 'C'));
  });

  it('gives the duty only once to a bureau that already carries it', () => {
    // C already carries industry-development
    const state = scenarioState(
      withOperations(base, [{ op: 'reassign', function: 'industry-development', from: 'A', to: 'C' }]),
    );
    expect(findBureau(state, 'A')?.functions).toEqual(['investment-promotion']);
    expect(findBureau(state, 'C')?.functions).toEqual(['industry-development', 'sci-tech-innovation']);
  });

  it('moves a duty between units too', () => {
    const state = scenarioState(withOperations(base, [{ op: 'reassign', function: 'urban-management', from: 'D', to: 'B' }]));
    expect(findBureau(state, 'D')?.functions).toEqual([]);
    expect(findBureau(state, 'B')?.functions).toContain('urban-management');
    expect(findBureau(state, 'B')?.functions).toHaveLength(3);
  });
});

describe('add-unit', () => {
  it('adds the whole unit as given, and later operations can use it', () => {
    const added: Unit = {
      id: 'NZ',
      name: '新区',
      kind: 'zone',
      level: 'provincial',
      governance: 'integrated',
      partyCommittee: true,
      territory: ['S'],
      leaderPosts: 3,
      leaderPostCap: 5,
      bodyCap: 8,
      rank: { position: 2, of: 9 },
    };
    const state = scenarioState(
      withOperations(base, [
        { op: 'add-unit', unit: added },
        { op: 'move', bureau: 'A', to: 'NZ' },
      ]),
    );
    expect(findUnit(state, 'NZ')).toStrictEqual(added);
    expect(state.units.filter((u) => u.id !== 'NZ')).toEqual(units);
    expect(findBureau(state, 'A')?.unit).toBe('NZ');
  });

  it('adds an office under no zone, coordinating a town and a street (v2)', () => {
    const resort: Unit = { id: 'NO', name: '旅游度假区管理办公室', kind: 'office', level: 'provincial', territory: ['T', 'S'], leaderPosts: 3 };
    const state = scenarioState(withOperations(base, [{ op: 'add-unit', unit: resort }]));
    expect(findUnit(state, 'NO')).toStrictEqual(resort);
  });
});

describe('set-unit', () => {
  it('changes the fields it names and keeps the others', () => {
    const state = scenarioState(
      withOperations(base, [
        {
          op: 'set-unit',
          unit: 'Z',
          name: '锡山经济技术开发区',
          level: 'national',
          territory: ['T', 'S'],
          leaderPosts: 6,
          leaderPostCap: 7,
          bodyCap: 9,
          rank: { position: 4, of: 10 },
        },
      ]),
    );
    expect(findUnit(state, 'Z')).toStrictEqual({
      id: 'Z',
      name: '锡山经济技术开发区',
      kind: 'zone',
      governance: 'separated',
      partyCommittee: true,
      level: 'national',
      territory: ['T', 'S'],
      leaderPosts: 6,
      leaderPostCap: 7,
      bodyCap: 9,
      rank: { position: 4, of: 10 },
    });
    expect(state.units.filter((u) => u.id !== 'Z')).toEqual(units.filter((u) => u.id !== 'Z'));
  });

  it('can change the kind when the result is valid', () => {
    const state = scenarioState(withOperations(base, [{ op: 'set-unit', unit: 'T', kind: 'street' }]));
    expect(findUnit(state, 'T')).toStrictEqual({ ...town('T'), kind: 'street' });
  });

  it('can make a town a developed town and change governance of a zone', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'set-unit', unit: 'T', developedTown: true },
        { op: 'set-unit', unit: 'Z2', governance: 'integrated', jointWith: 'Z' },
      ]),
    );
    expect(findUnit(state, 'T')?.developedTown).toBe(true);
    expect(findUnit(state, 'Z2')).toStrictEqual({ ...zone('Z2'), governance: 'integrated', jointWith: 'Z' });
  });
});

describe('set-unit with null (v2)', () => {
  // Z2 carries every optional field a zone may have; T is a developed town; O is an office of Z
  const full: Unit = zone('Z2', {
    level: 'national',
    territory: ['T'],
    leaderPosts: 5,
    leaderPostCap: 6,
    bodyCap: 9,
    jointWith: 'Z',
    rank: { position: 3, of: 8 },
  });
  const rich = { units: [...units.filter((u) => u.id !== 'Z2' && u.id !== 'T'), full, town('T', { developedTown: true })], bureaus: base.bureaus };
  const after = (operation: Record<string, unknown>) => scenarioState(withOperations(rich, [{ op: 'set-unit', ...operation }]));

  it.each([['level'], ['partyCommittee'], ['territory'], ['leaderPostCap'], ['bodyCap'], ['jointWith'], ['rank']] as const)(
    'removes %s from a zone and keeps every other field',
    (field) => {
      const { [field]: _gone, ...rest } = full;
      expect(findUnit(after({ unit: 'Z2', [field]: null }), 'Z2')).toStrictEqual(rest);
    },
  );

  it('removes developedTown from a town, and parent from an office (which is then led by the district, not a zone)', () => {
    expect(findUnit(after({ unit: 'T', developedTown: null }), 'T')).toStrictEqual(town('T'));
    expect(findUnit(after({ unit: 'O', parent: null }), 'O')).toStrictEqual({ id: 'O', name: 'office O', kind: 'office' });
  });

  it('ends joint running: the unit’s own posts count again', () => {
    const built = report(withOperations(rich, [{ op: 'set-unit', unit: 'Z2', jointWith: null }]));
    // bureaus A 2, B 3, C 1, I 1, I2 4, D 1 = 12; today Z's own 4 (Z2's 5 run jointly with Z, not counted) = 16
    expect(built.baseline.metrics.leaderPosts).toBe(16);
    // Z2 alone again: 16 + 5 = 21
    expect(built.scenarios[0]!.metrics.leaderPosts).toBe(21);
    expect(built.scenarios[0]!.metrics.units.Z2!.leaderPosts).toBe(5);
  });

  it('removes a field the unit does not have: nothing changes', () => {
    expect(findUnit(after({ unit: 'S', bodyCap: null }), 'S')).toStrictEqual(street('S'));
  });

  it('changes some fields and removes others in one step', () => {
    const changed = findUnit(after({ unit: 'Z2', name: '新区', leaderPosts: 4, rank: null, territory: null }), 'Z2');
    const { rank: _r, territory: _t, ...rest } = full;
    expect(changed).toStrictEqual({ ...rest, name: '新区', leaderPosts: 4 });
  });

  it('turns an office into a town once its parent is removed in the same step', () => {
    expect(findUnit(after({ unit: 'O', kind: 'town', parent: null }), 'O')).toStrictEqual({ id: 'O', name: 'office O', kind: 'town' });
  });

  it('leaves the state it was given unchanged, and every other unit shared', () => {
    const state = { units: structuredClone(rich.units), bureaus: structuredClone(rich.bureaus) };
    const copy = structuredClone(state);
    const result = applyOperation(state, { op: 'set-unit', unit: 'Z2', rank: null, jointWith: null }, contextOf({ functions: undefined }));
    expect(result.ok).toBe(true);
    expect(state).toEqual(copy);
    if (!result.ok) return;
    expect('rank' in result.state.units.find((u) => u.id === 'Z2')!).toBe(false);
    result.state.units.forEach((u, i) => {
      if (u.id !== 'Z2') expect(u).toBe(state.units[i]);
    });
  });
});

describe('an office in v2', () => {
  it('may be given a territory', () => {
    const state = scenarioState(withOperations(base, [{ op: 'set-unit', unit: 'O', territory: ['T'] }]));
    expect(findUnit(state, 'O')?.territory).toEqual(['T']);
  });

  it('may be made from a town without a parent', () => {
    const state = scenarioState(withOperations(base, [{ op: 'set-unit', unit: 'T', kind: 'office' }]));
    expect(findUnit(state, 'T')).toStrictEqual({ id: 'T', name: 'town T', kind: 'office' });
  });
});

describe('remove-unit', () => {
  it('removes a unit that holds nothing and is named by nobody', () => {
    const state = scenarioState(withOperations(base, [{ op: 'remove-unit', unit: 'Z2' }]));
    expect(findUnit(state, 'Z2')).toBeUndefined();
    expect(state.units).toEqual(units.filter((u) => u.id !== 'Z2'));
    expect(state.bureaus).toEqual(base.bureaus);
  });

  it('removes a unit once its bureaus have moved away', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'move', bureau: 'D', to: 'S' },
        { op: 'remove-unit', unit: 'T' },
      ]),
    );
    expect(findUnit(state, 'T')).toBeUndefined();
    expect(findBureau(state, 'D')?.unit).toBe('S');
  });

  it('removes a unit that names others (only being named blocks removal)', () => {
    const namer = { units: [...units, street('J', { jointWith: 'S' })], bureaus: [] };
    const state = scenarioState(withOperations(namer, [{ op: 'remove-unit', unit: 'J' }]));
    expect(findUnit(state, 'J')).toBeUndefined();
  });
});

describe('applyOperation', () => {
  const context = contextOf({ functions: undefined });
  const applied: Array<[string, Operation]> = [
    ['move', { op: 'move', bureau: 'A', to: 'P' }],
    ['merge', { op: 'merge', bureaus: ['A', 'B'], into: { id: 'M', name: 'm' } }],
    ['abolish', { op: 'abolish', bureau: 'B', functionsTo: 'A' }],
    ['create', { op: 'create', bureau: bureau('N', 'Z') }],
    ['set', { op: 'set', bureau: 'A', functions: ['finance'], staff: { admin: 1, institutional: 1 } }],
    ['reassign', { op: 'reassign', function: 'finance', from: 'B', to: 'A' }],
    ['add-unit', { op: 'add-unit', unit: town('NT') }],
    ['set-unit', { op: 'set-unit', unit: 'Z', leaderPosts: 9, territory: ['T'] }],
    ['remove-unit', { op: 'remove-unit', unit: 'Z2' }],
  ];

  it.each(applied)('%s leaves the state it was given unchanged', (_name, operation) => {
    const state = { units: structuredClone(units), bureaus: structuredClone(base.bureaus) };
    const copy = structuredClone(state);
    const result = applyOperation(state, operation, context);
    expect(result.ok).toBe(true);
    expect(state).toEqual(copy);
    if (result.ok) expect(result.state).not.toEqual(copy);
  });
});

describe('operations in general', () => {
  it('note, doc, by and at change nothing', () => {
    const plain = scenarioState(withOperations(base, [{ op: 'move', bureau: 'A', to: 'O' }, { op: 'set', bureau: 'B', leaderPosts: 1 }, { op: 'set-unit', unit: 'Z', bodyCap: 3 }]));
    const record = { note: '随职能划转', doc: '锡编〔2025〕12号', by: '王科长', at: '2026-11-29T10:15:00+08:00' };
    const noted = scenarioState(
      withOperations(base, [
        { op: 'move', bureau: 'A', to: 'O', ...record },
        { op: 'set', bureau: 'B', leaderPosts: 1, ...record },
        { op: 'set-unit', unit: 'Z', bodyCap: 3, ...record },
      ]),
    );
    expect(noted).toStrictEqual(plain);
  });

  it('plays each scenario from the baseline: one scenario does not see another, and the baseline stays as the file says', () => {
    const raw = file({
      ...base,
      scenarios: [
        scenario('one', [{ op: 'abolish', bureau: 'A' }]),
        scenario('two', [{ op: 'move', bureau: 'A', to: 'O' }]),
      ],
    });
    const result = loaded(raw);
    expect(result.scenarios).toHaveLength(2);
    expect(findBureau(result.scenarios[0]!, 'A')).toBeUndefined();
    expect(findBureau(result.scenarios[1]!, 'A')).toStrictEqual({ ...A, unit: 'O' });
    expect(result.baseline.bureaus).toEqual(base.bureaus);
    expect(result.baseline.units).toEqual(units);
  });

  it('lets an id freed by abolish, remove-unit or merge be used again', () => {
    const state = scenarioState(
      withOperations(base, [
        { op: 'abolish', bureau: 'B' },
        { op: 'create', bureau: bureau('B', 'O', { name: 'again' }) },
        { op: 'remove-unit', unit: 'Z2' },
        { op: 'add-unit', unit: town('Z2') },
        { op: 'merge', bureaus: ['I', 'I2'], into: { id: 'N', name: 'n' } },
        { op: 'create', bureau: bureau('I', 'Z2') },
      ]),
    );
    expect(findBureau(state, 'B')).toStrictEqual(bureau('B', 'O', { name: 'again' }));
    expect(findUnit(state, 'Z2')).toStrictEqual(town('Z2'));
    expect(findBureau(state, 'I')?.unit).toBe('Z2');
  });

  it('a scenario with no operations is the baseline', () => {
    const result = loaded(file({ ...base, scenarios: [scenario('empty', [])] }));
    expect(result.scenarios[0]).toEqual({ units, bureaus: base.bureaus });
  });
});
