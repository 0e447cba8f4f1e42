// The JSON Schema of the scenario file (scenarios/scenario.schema.json) must agree with the
// parser: what the schema accepts the parser accepts, unless a rule the schema cannot state
// (references, unique ids, rank order …) says otherwise; what the schema refuses the parser refuses.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../src/model/parse';

type Obj = Record<string, any>;

const scenariosDir = new URL('../scenarios/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('scenario.schema.json', scenariosDir), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** Errors of the parser that no JSON Schema can express: the schema may accept such a file. */
const BEYOND_SCHEMA = new Set([
  'ref.unit', 'ref.function', 'id.duplicate', 'rank.order', 'jointWith.self', 'parent.notZone', 'territory.notLocal',
  // v2: ids unique within functions definitions; what jointWith may name; whether a day is in its month
  'functionDef.repeat', 'jointWith.pair', 'jointWith.chain', 'jointWith.kind', 'at.noSuchDay',
]);

const HEADER = { format: 'zonereform/scenario', version: 2 };

const minimal: Obj = {
  ...HEADER,
  title: '最小文件',
  units: [{ id: 'z', name: '开发区', kind: 'zone', governance: 'integrated' }],
  bureaus: [],
  scenarios: [],
};

const staff = (admin: number, institutional: number) => ({ admin, institutional });

/** Every kind of unit, every optional field, and every kind of operation. */
const xishan: Obj = {
  $schema: './scenario.schema.json',
  ...HEADER,
  title: '锡山区功能区统筹方案',
  region: '无锡市锡山区',
  notes: '按“一区多园”统筹。',
  meta: { layout: { zoom: 1.5, pinned: ['xda'] }, theme: null },
  rules: { economicRatioMin: 0.6, rewardTopN: 3, bottomN: 2 },
  functions: [{ id: 'tourism', name: '文旅发展', category: 'economic' }],
  units: [
    { id: 'xda', name: '锡山经济技术开发区', kind: 'zone', level: 'national', governance: 'separated', partyCommittee: true,
      territory: ['dg', 'dt'], leaderPosts: 7, leaderPostCap: 8, bodyCap: 10, rank: { position: 2, of: 5 } },
    { id: 'park', name: '锡东新城商务区管理办公室', kind: 'office', level: 'provincial', parent: 'xda', rank: { position: 5, of: 5 } },
    { id: 'dg', name: '东港镇', kind: 'town', developedTown: false, leaderPosts: 6 },
    { id: 'dt', name: '东亭街道', kind: 'street', jointWith: 'dg' },
    { id: 'plat', name: '锡山城发集团', kind: 'platform' },
    { id: 'lake', name: '宛山湖统筹协调机制', kind: 'group' },
    // v2: an office under no zone, coordinating a street
    { id: 'resort', name: '锡山旅游度假区管理办公室', kind: 'office', territory: ['dt'], leaderPosts: 2 },
  ],
  bureaus: [
    { id: 'invest', name: '投资促进局', unit: 'xda', type: 'internal', category: 'economic',
      functions: ['investment-promotion', 'talent-attraction'], staff: staff(12, 4), leaderPosts: 3 },
    { id: 'econ', name: '经济发展局', unit: 'xda', type: 'internal', category: 'economic',
      functions: ['industry-development', 'economic-management'], staff: staff(10, 2), leaderPosts: 3 },
    { id: 'office', name: '党政办公室', unit: 'xda', type: 'internal', category: 'general',
      functions: ['party-affairs', 'general-office'], staff: staff(8, 0), leaderPosts: 2 },
    { id: 'build', name: '建设服务中心', unit: 'xda', type: 'institution', category: 'general',
      functions: ['planning-construction'], staff: staff(0, 20), leaderPosts: 2 },
    { id: 'tour', name: '文旅服务中心', unit: 'park', type: 'institution', category: 'economic',
      functions: ['tourism'], staff: staff(0, 6), leaderPosts: 1 },
    { id: 'city', name: '城市管理办公室', unit: 'dg', type: 'internal', category: 'social',
      functions: ['urban-management'], staff: staff(5, 3), leaderPosts: 1 },
  ],
  scenarios: [
    { id: 'plan-a', name: '方案A：大部门制', notes: '合并经济部门。', meta: { colour: '#c00' }, status: 'submitted', operations: [
      { op: 'merge', bureaus: ['invest', 'econ'], into: { id: 'econ-inv', name: '经济发展和投资促进局', category: 'economic' }, doc: '锡编〔2025〕12号', by: '王科长', at: '2026-11-29' },
      { op: 'move', bureau: 'build', to: 'plat', note: '交公司平台', by: 'Li Wei', at: '2026-11-29T10:15:00+08:00' },
      { op: 'reassign', function: 'talent-attraction', from: 'econ-inv', to: 'office' },
      { op: 'set', bureau: 'office', name: '党政综合办公室', staff: staff(7, 0), leaderPosts: 2 },
      { op: 'create', bureau: { id: 'sci', name: '科技创新局', unit: 'xda', type: 'internal', category: 'economic',
        functions: ['sci-tech-innovation'], staff: staff(6, 0), leaderPosts: 2 } },
      { op: 'abolish', bureau: 'tour', functionsTo: 'sci' },
      { op: 'set-unit', unit: 'xda', leaderPosts: 6, rank: { position: 1, of: 5 } },
      { op: 'add-unit', unit: { id: 'xq', name: '锡北新区', kind: 'zone', governance: 'integrated' } },
      { op: 'remove-unit', unit: 'lake' },
      { op: 'set-unit', unit: 'park', rank: null, level: null, parent: null, at: '2026-12-01T09:00Z' },
      { op: 'set-unit', unit: 'xda', bodyCap: null, leaderPostCap: null, territory: null, jointWith: null, partyCommittee: null, at: '2024-02-29T23:59:59.5-05:30' },
      { op: 'set-unit', unit: 'dg', developedTown: null },
    ] },
    { id: 'plan-b', name: '方案B', status: 'approved', operations: [] },
  ],
};

/** Values at the edges of what is allowed. */
const edges: Obj = {
  ...HEADER,
  title: '𠀀'.repeat(200), // 200 code points, 400 UTF-16 units
  notes: '',
  meta: {},
  rules: { economicRatioMin: 1, rewardTopN: 0, bottomN: 1_000_000 },
  functions: [{ id: 'finance', name: ' 财政 ', category: 'economic' }],
  units: [
    { id: 'a'.repeat(64), name: 'Z', kind: 'zone', governance: 'integrated', territory: [], rank: { position: 1, of: 1 },
      leaderPosts: 0, leaderPostCap: 1_000_000, bodyCap: 0 },
    { id: 'o.1_-', name: 'O', kind: 'office', parent: 'a'.repeat(64) },
  ],
  bureaus: [
    { id: 'b', name: 'B', unit: 'o.1_-', type: 'internal', category: 'general', functions: [], staff: staff(1_000_000, 0), leaderPosts: 0 },
  ],
  scenarios: [
    { id: 'Baseline', name: 'x', meta: { deep: [[{ a: [1, 'b', null, true] }]] }, operations: [
      { op: 'set', bureau: 'b' },
      { op: 'set-unit', unit: 'o.1_-', note: '', doc: '' },
      { op: 'set-unit', unit: 'a'.repeat(64), governance: 'separated', level: 'municipal' },
      { op: 'abolish', bureau: 'b' },
    ] },
  ],
};

const FIXTURES: Record<string, Obj> = { minimal, xishan, edges };

const clone = (value: Obj): Obj => structuredClone(value);
const text = (value: unknown): string => JSON.stringify(value, null, 2);

function schemaAccepts(file: string): boolean {
  return validate(JSON.parse(file)) as boolean;
}

/** `$.bureaus[0].staff` → `/bureaus/0/staff`, the form ajv uses. */
function pointer(path: string): string {
  const parts = path.slice(1).match(/\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) ?? [];
  return parts
    .map((part) => (part.startsWith('.') ? part.slice(1) : part.startsWith('["') ? JSON.parse(part.slice(1, -1)) : part.slice(1, -1)))
    .map((key: string) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
}

describe('the schema', () => {
  it('compiles in strict mode', () => {
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('valid files are accepted by the schema and the parser', () => {
  const examples = readdirSync(scenariosDir).filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json');
  const files: Array<[string, string]> = [
    ...Object.entries(FIXTURES).map(([name, file]): [string, string] => [`fixture ${name}`, text(file)]),
    ...examples.map((name): [string, string] => [`scenarios/${name}`, readFileSync(new URL(name, scenariosDir), 'utf8')]),
  ];
  it.each(files)('%s', (_name, file) => {
    const accepted = schemaAccepts(file);
    expect(accepted, JSON.stringify(validate.errors)).toBe(true);
    const result = parseScenarioFile(file);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

type Case = [label: string, edit: (file: Obj) => void, path: string, code: string];
const op = (file: Obj, index: number): Obj => file.scenarios[0].operations[index];

const INVALID: Case[] = [
  ['missing title', (f) => delete f.title, '$', 'field.missing'],
  ['missing version', (f) => delete f.version, '$', 'field.missing'],
  ['missing staff.admin', (f) => delete f.bureaus[0].staff.admin, '$.bureaus[0].staff', 'field.missing'],
  ['missing unit kind', (f) => delete f.units[3].kind, '$.units[3]', 'field.missing'],
  ['missing operations', (f) => delete f.scenarios[1].operations, '$.scenarios[1]', 'field.missing'],
  ['missing op', (f) => delete op(f, 1).op, '$.scenarios[0].operations[1]', 'field.missing'],
  ['create with an incomplete bureau', (f) => delete op(f, 4).bureau.staff, '$.scenarios[0].operations[4].bureau', 'field.missing'],
  ['set with an incomplete staff', (f) => (op(f, 3).staff = { admin: 7 }), '$.scenarios[0].operations[3].staff', 'field.missing'],
  ['unknown key at the top', (f) => (f.titel = 'x'), '$.titel', 'field.unknown'],
  ['unknown key in a unit', (f) => (f.units[2].colour = 'red'), '$.units[2].colour', 'field.unknown'],
  ['unknown key in a bureau', (f) => (f.bureaus[1].head = 'x'), '$.bureaus[1].head', 'field.unknown'],
  ['unknown key in rules', (f) => (f.rules.topN = 3), '$.rules.topN', 'field.unknown'],
  ['unknown key in a function', (f) => (f.functions[0].type = 'x'), '$.functions[0].type', 'field.unknown'],
  ['unknown key in a scenario', (f) => (f.scenarios[1].title = 'x'), '$.scenarios[1].title', 'field.unknown'],
  ['unknown key in an operation', (f) => (op(f, 0).comment = 'x'), '$.scenarios[0].operations[0].comment', 'field.unknown'],
  ['unknown key in merge into', (f) => (op(f, 0).into.type = 'internal'), '$.scenarios[0].operations[0].into.type', 'field.unknown'],
  ['unknown key in a rank', (f) => (f.units[0].rank.year = 2024), '$.units[0].rank.year', 'field.unknown'],
  ['id in set-unit', (f) => (op(f, 6).id = 'y'), '$.scenarios[0].operations[6].id', 'field.unknown'],
  ['a field of another op', (f) => (op(f, 1).functionsTo = 'sci'), '$.scenarios[0].operations[1].functionsTo', 'field.unknown'],
  ['__proto__ in meta', (f) => (f.meta.layout = JSON.parse('{"__proto__": {"x": 1}}')), '$.meta.layout.__proto__', 'key.forbidden'],
  ['constructor in scenario meta', (f) => (f.scenarios[0].meta = JSON.parse('[{"constructor": 1}]')[0]), '$.scenarios[0].meta.constructor', 'key.forbidden'],
  ['string for an integer', (f) => (f.bureaus[0].leaderPosts = '3'), '$.bureaus[0].leaderPosts', 'field.type'],
  ['string for a boolean', (f) => (f.units[0].partyCommittee = 'yes'), '$.units[0].partyCommittee', 'field.type'],
  ['string for a list', (f) => (f.bureaus[0].functions = 'finance'), '$.bureaus[0].functions', 'field.type'],
  ['object for scenarios', (f) => (f.scenarios = {}), '$.scenarios', 'field.type'],
  ['number for a name', (f) => (f.title = 42), '$.title', 'field.type'],
  ['number for a note', (f) => (op(f, 1).note = 5), '$.scenarios[0].operations[1].note', 'field.type'],
  ['null for staff', (f) => (f.bureaus[2].staff = null), '$.bureaus[2].staff', 'field.type'],
  ['array for meta', (f) => (f.meta = []), '$.meta', 'field.type'],
  ['number for op', (f) => (op(f, 2).op = 3), '$.scenarios[0].operations[2].op', 'field.type'],
  ['negative staff', (f) => (f.bureaus[0].staff.admin = -1), '$.bureaus[0].staff.admin', 'number.negative'],
  ['negative unit leaderPosts', (f) => (f.units[0].leaderPosts = -3), '$.units[0].leaderPosts', 'number.negative'],
  ['fractional leaderPosts', (f) => (f.bureaus[0].leaderPosts = 2.5), '$.bureaus[0].leaderPosts', 'number.notInteger'],
  ['fractional bottomN', (f) => (f.rules.bottomN = 1.5), '$.rules.bottomN', 'number.notInteger'],
  ['too much staff', (f) => (f.bureaus[1].staff.institutional = 1_000_001), '$.bureaus[1].staff.institutional', 'number.tooLarge'],
  ['too large bodyCap', (f) => (f.units[0].bodyCap = 1e7), '$.units[0].bodyCap', 'number.tooLarge'],
  ['rank position 0', (f) => (f.units[0].rank.position = 0), '$.units[0].rank.position', 'rank.first'],
  ['id with a space', (f) => (f.bureaus[0].id = 'in vest'), '$.bureaus[0].id', 'id.format'],
  ['id in Chinese', (f) => (f.units[3].id = '东亭'), '$.units[3].id', 'id.format'],
  ['id of 65 characters', (f) => (f.functions[0].id = 'a'.repeat(65)), '$.functions[0].id', 'id.format'],
  ['empty scenario id', (f) => (f.scenarios[0].id = ''), '$.scenarios[0].id', 'id.format'],
  ['bad id in a list', (f) => (f.bureaus[0].functions[0] = 'Investment Promotion'), '$.bureaus[0].functions[0]', 'id.format'],
  ['bad id in merge', (f) => (op(f, 0).bureaus[1] = 'econ!'), '$.scenarios[0].operations[0].bureaus[1]', 'id.format'],
  ['empty name', (f) => (f.units[0].name = ''), '$.units[0].name', 'name.empty'],
  ['name of 201 characters', (f) => (f.title = 'x'.repeat(201)), '$.title', 'name.tooLong'],
  ['name of 201 code points', (f) => (f.region = '𠀀'.repeat(201)), '$.region', 'name.tooLong'],
  ['unknown kind', (f) => (f.units[3].kind = 'county'), '$.units[3].kind', 'field.enum'],
  ['unknown category', (f) => (f.bureaus[0].category = 'economy'), '$.bureaus[0].category', 'field.enum'],
  ['unknown bureau type', (f) => (f.bureaus[0].type = 'office'), '$.bureaus[0].type', 'field.enum'],
  ['unknown governance', (f) => (f.units[0].governance = 'joint'), '$.units[0].governance', 'field.enum'],
  ['unknown level', (f) => (f.units[1].level = 'county'), '$.units[1].level', 'field.enum'],
  ['unknown into.category', (f) => (op(f, 0).into.category = 'misc'), '$.scenarios[0].operations[0].into.category', 'field.enum'],
  ['territory on a town', (f) => (f.units[2].territory = []), '$.units[2].territory', 'field.kindOnly'],
  ['governance on an office', (f) => (f.units[1].governance = 'separated'), '$.units[1].governance', 'field.kindOnly'],
  ['developedTown on a street', (f) => (f.units[3].developedTown = true), '$.units[3].developedTown', 'field.kindOnly'],
  ['parent on a zone', (f) => (f.units[0].parent = 'park'), '$.units[0].parent', 'field.kindOnly'],
  ['level on a platform', (f) => (f.units[4].level = 'municipal'), '$.units[4].level', 'field.kindOnly'],
  ['rank on a group', (f) => (f.units[5].rank = { position: 1, of: 2 }), '$.units[5].rank', 'field.kindOnly'],
  ['kind-only field in add-unit', (f) => (op(f, 7).unit = { id: 'n', name: 'N', kind: 'street', developedTown: true }), '$.scenarios[0].operations[7].unit.developedTown', 'field.kindOnly'],
  ['zone without governance', (f) => delete f.units[0].governance, '$.units[0]', 'unit.zoneGovernance'],
  ['added zone without governance', (f) => delete op(f, 7).unit.governance, '$.scenarios[0].operations[7].unit', 'unit.zoneGovernance'],
  ['territory on a platform', (f) => (f.units[4].territory = []), '$.units[4].territory', 'field.kindOnly'],
  ['missing scenarios (required, may be empty)', (f) => delete f.scenarios, '$', 'field.missing'],
  ['unknown status', (f) => (f.scenarios[0].status = 'final'), '$.scenarios[0].status', 'field.enum'],
  ['status as a number', (f) => (f.scenarios[1].status = 1), '$.scenarios[1].status', 'field.type'],
  ['empty by', (f) => (op(f, 1).by = ''), '$.scenarios[0].operations[1].by', 'by.empty'],
  ['by of 101 characters', (f) => (op(f, 1).by = '𠀀'.repeat(101)), '$.scenarios[0].operations[1].by', 'by.tooLong'],
  ['by as a number', (f) => (op(f, 2).by = 3), '$.scenarios[0].operations[2].by', 'field.type'],
  ['at in another form', (f) => (op(f, 1).at = '2026/11/29'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at with month 13', (f) => (op(f, 0).at = '2026-13-01'), '$.scenarios[0].operations[0].at', 'at.format'],
  ['at with day 32', (f) => (op(f, 0).at = '2026-01-32'), '$.scenarios[0].operations[0].at', 'at.format'],
  ['at with hour 24', (f) => (op(f, 1).at = '2026-11-29T24:00:00+08:00'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at with an offset of 15 hours', (f) => (op(f, 1).at = '2026-11-29T10:15:00+15:00'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at with an offset minute 60', (f) => (op(f, 1).at = '2026-11-29T10:15:00+08:60'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at with seconds 60', (f) => (op(f, 1).at = '2026-11-29T10:15:60Z'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at with a time but no minutes', (f) => (op(f, 1).at = '2026-11-29T10'), '$.scenarios[0].operations[1].at', 'at.format'],
  ['at as a number', (f) => (op(f, 1).at = 20261129), '$.scenarios[0].operations[1].at', 'field.type'],
  ['a duty listed twice in a bureau', (f) => f.bureaus[0].functions.push('investment-promotion'), '$.bureaus[0].functions[2]', 'function.repeat'],
  ['a duty listed twice in a created bureau', (f) => op(f, 4).bureau.functions.push('sci-tech-innovation'), '$.scenarios[0].operations[4].bureau.functions[1]', 'function.repeat'],
  ['a duty listed twice in set', (f) => (op(f, 3).functions = ['finance', 'finance']), '$.scenarios[0].operations[3].functions[1]', 'function.repeat'],
  ['null clearing a name in set-unit', (f) => (op(f, 6).name = null), '$.scenarios[0].operations[6].name', 'setUnit.nullRequired'],
  ['null clearing the kind in set-unit', (f) => (op(f, 6).kind = null), '$.scenarios[0].operations[6].kind', 'setUnit.nullRequired'],
  ['null clearing governance in set-unit', (f) => (op(f, 6).governance = null), '$.scenarios[0].operations[6].governance', 'setUnit.nullRequired'],
  ['null clearing leaderPosts in set-unit', (f) => (op(f, 6).leaderPosts = null), '$.scenarios[0].operations[6].leaderPosts', 'setUnit.nullRequired'],
  ['null for a field of a unit (null only clears in set-unit)', (f) => (f.units[0].bodyCap = null), '$.units[0].bodyCap', 'field.type'],
  ['null for a field of an added unit', (f) => (op(f, 7).unit.level = null), '$.scenarios[0].operations[7].unit.level', 'field.type'],
  ['null for a field of set (bureaus have no optional field)', (f) => (op(f, 3).leaderPosts = null), '$.scenarios[0].operations[3].leaderPosts', 'field.type'],
  ['no units', (f) => (f.units = []), '$.units', 'array.tooShort'],
  ['merge with one bureau', (f) => (op(f, 0).bureaus = ['invest']), '$.scenarios[0].operations[0].bureaus', 'array.tooShort'],
  ['merge with a repeat', (f) => (op(f, 0).bureaus = ['invest', 'invest']), '$.scenarios[0].operations[0].bureaus[1]', 'op.mergeRepeat'],
  ['unknown op', (f) => (op(f, 1).op = 'rename'), '$.scenarios[0].operations[1].op', 'op.unknown'],
  ['scenario id baseline', (f) => (f.scenarios[1].id = 'baseline'), '$.scenarios[1].id', 'id.reserved'],
  ['economicRatioMin 1.5', (f) => (f.rules.economicRatioMin = 1.5), '$.rules.economicRatioMin', 'number.ratio'],
  ['economicRatioMin -0.1', (f) => (f.rules.economicRatioMin = -0.1), '$.rules.economicRatioMin', 'number.ratio'],
  ['economicRatioMin as text', (f) => (f.rules.economicRatioMin = '0.6'), '$.rules.economicRatioMin', 'field.type'],
  ['version 3', (f) => (f.version = 3), '$.version', 'version.newer'],
  ['version 0', (f) => (f.version = 0), '$.version', 'version.wrong'],
  ['version as text', (f) => (f.version = '2'), '$.version', 'version.wrong'],
  ['wrong format', (f) => (f.format = 'zonereform/report'), '$.format', 'format.wrong'],
];

describe('invalid files are refused by the schema and the parser, at the same place', () => {
  it.each(INVALID)('%s', (_label, edit, path, code) => {
    const file = clone(xishan);
    edit(file);
    const json = text(file);
    expect(schemaAccepts(json)).toBe(false);
    // The schema names the place itself, or the object that holds it (unknown keys, missing keys).
    const where = pointer(path);
    const parent = where.slice(0, where.lastIndexOf('/'));
    const places = (validate.errors ?? []).map((error) => error.instancePath);
    expect(places.some((place) => place === where || place === parent), places.join(' ')).toBe(true);
    const result = parseScenarioFile(json);
    // what named the changed item now names nothing: those reference errors are reported in the same
    // pass (an id changed, a duty or unit list emptied); every other error is the one expected
    const errors = result.ok ? [] : result.errors.map((error) => [error.path, error.code]);
    expect(errors.filter(([, c]) => c !== 'ref.unit' && c !== 'ref.function')).toEqual([[path, code]]);
    if (code !== 'id.format' && path !== '$.units') expect(errors).toEqual([[path, code]]);
  });
});

// Rules of version 2 that no JSON Schema states: the schema accepts these files, the parser
// refuses each at its place (and the code is one the agreement below allows).
const BEYOND: Case[] = [
  ['a function id defined twice', (f) => f.functions.push({ id: 'tourism', name: '文旅', category: 'general' }), '$.functions[1].id', 'functionDef.repeat'],
  ['jointWith names a platform', (f) => (f.units[1].jointWith = 'plat'), '$.units[1].jointWith', 'jointWith.kind'],
  ['jointWith names a group', (f) => (f.units[1].jointWith = 'lake'), '$.units[1].jointWith', 'jointWith.kind'],
  ['jointWith names a unit run jointly itself (a chain)', (f) => (f.units[0].jointWith = 'dt'), '$.units[0].jointWith', 'jointWith.chain'],
  ['at on a day its month lacks', (f) => (op(f, 0).at = '2026-02-29'), '$.scenarios[0].operations[0].at', 'at.noSuchDay'],
  ['at on 31 April', (f) => (op(f, 1).at = '2026-04-31T08:00:00Z'), '$.scenarios[0].operations[1].at', 'at.noSuchDay'],
];

describe('version-2 rules beyond the schema: the schema accepts, the parser refuses at the place', () => {
  it.each(BEYOND)('%s', (_label, edit, path, code) => {
    const file = clone(xishan);
    edit(file);
    const json = text(file);
    expect(schemaAccepts(json), JSON.stringify(validate.errors)).toBe(true);
    expect(BEYOND_SCHEMA.has(code)).toBe(true);
    const result = parseScenarioFile(json);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([[path, code]]);
  });

  it('a pair: each of the two is refused for naming the other', () => {
    const file = clone(xishan);
    file.units[2].jointWith = 'dt'; // 东港镇 and 东亭街道 name each other
    const json = text(file);
    expect(schemaAccepts(json)).toBe(true);
    const result = parseScenarioFile(json);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.code])).toEqual([
      ['$.units[2].jointWith', 'jointWith.pair'],
      ['$.units[3].jointWith', 'jointWith.pair'],
    ]);
  });
});

// ---- structural mutations: one change to a valid fixture ------------------------------------

type Site = { holder: Obj; key: string; path: string };

/** Every value in the file with what holds it: [object or array, key, JSON path]. */
function sites(value: unknown, path = '$'): Site[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    return [{ holder: value as Obj, key, path: at }, ...sites(child, at)];
  });
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const OTHER_VALUES: unknown[] = [null, true, 0, 7, 'x', '', [], ['x'], {}, { a: 1 }];
/** Strings that break ids, names or enums: empty, blank, a bad id, the reserved scenario id. */
const OTHER_STRINGS = ['', ' \u3000', 'not an id', 'baseline'];
const NEW_KEYS = ['extra', 'Name', 'id', 'name', 'kind', 'op', 'unit', 'governance', 'territory', 'rank', 'meta', 'note', 'constructor', '__proto__'];

type Mutation = { fixture: string; kind: 'delete' | 'add' | 'retype' | 'restring' | 'negate'; pick: number; key: string; value: number };

/** Applies one mutation to a copy of its fixture; returns the text and where it changed. */
function mutate(m: Mutation): { json: string; at: string } {
  const file = clone(FIXTURES[m.fixture]!);
  const all = sites(file);
  const choose = <T>(items: T[]): T | undefined => items[m.pick % Math.max(items.length, 1)];
  switch (m.kind) {
    case 'delete': {
      const site = choose(all.filter((s) => !Array.isArray(s.holder)));
      if (site) delete site.holder[site.key];
      return { json: text(file), at: `delete ${site?.path}` };
    }
    case 'add': {
      const objects = [{ value: file, path: '$' }, ...all.map((s) => ({ value: s.holder[s.key], path: s.path }))].filter(
        (o) => typeOf(o.value) === 'object' && !Object.hasOwn(o.value, m.key),
      );
      const target = choose(objects);
      if (target) Object.defineProperty(target.value, m.key, { value: OTHER_VALUES[m.value % OTHER_VALUES.length], enumerable: true });
      return { json: text(file), at: `add ${m.key} to ${target?.path}` };
    }
    case 'retype': {
      const site = choose(all)!;
      const others = OTHER_VALUES.filter((v) => typeOf(v) !== typeOf(site.holder[site.key]));
      site.holder[site.key] = structuredClone(others[m.value % others.length]);
      return { json: text(file), at: `retype ${site.path}` };
    }
    case 'restring': {
      const site = choose(all.filter((s) => typeof s.holder[s.key] === 'string'));
      if (site) site.holder[site.key] = OTHER_STRINGS[m.value % OTHER_STRINGS.length];
      return { json: text(file), at: `restring ${site?.path}` };
    }
    case 'negate': {
      const site = choose(all.filter((s) => typeof s.holder[s.key] === 'number' && s.holder[s.key] !== 0));
      if (site) site.holder[site.key] = -site.holder[site.key];
      return { json: text(file), at: `negate ${site?.path}` };
    }
  }
}

const mutations = fc.record({
  fixture: fc.constantFrom(...Object.keys(FIXTURES)),
  kind: fc.constantFrom('delete' as const, 'add' as const, 'retype' as const, 'restring' as const, 'negate' as const),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom(...NEW_KEYS), fc.string({ minLength: 1, maxLength: 6 })),
  value: fc.nat(),
});

/** The schema refuses ⇒ the parser refuses; the schema accepts ⇒ the parser accepts, or refuses for rules beyond it. */
function expectAgreement(json: string, at: string): void {
  const accepted = schemaAccepts(json);
  const result = parseScenarioFile(json);
  if (!accepted) expect(result.ok, `${at}: the schema refuses, the parser accepts`).toBe(false);
  else if (!result.ok) {
    const codes = result.errors.map((error) => `${error.path} ${error.code}`);
    expect(result.errors.every((error) => BEYOND_SCHEMA.has(error.code)), `${at}: ${codes.join('; ')}`).toBe(true);
  }
}

describe('structural mutations', () => {
  it('random ones: the schema and the parser agree', () => {
    fc.assert(
      fc.property(mutations, (m) => {
        const { json, at } = mutate(m);
        expectAgreement(json, at);
      }),
      { numRuns: 300, seed: 20250601 },
    );
  });

  it('every deletion, change of type and bad string, in every fixture: the schema and the parser agree', () => {
    let tried = 0;
    for (const fixture of Object.keys(FIXTURES)) {
      const count = sites(FIXTURES[fixture]).length;
      for (let pick = 0; pick < count; pick++) {
        const { json, at } = mutate({ fixture, kind: 'delete', pick, key: '', value: 0 });
        expectAgreement(json, at);
        for (let value = 0; value < OTHER_VALUES.length; value++) {
          const retyped = mutate({ fixture, kind: 'retype', pick, key: '', value });
          expectAgreement(retyped.json, retyped.at);
          tried++;
        }
        for (let value = 0; value < OTHER_STRINGS.length; value++) {
          const restrung = mutate({ fixture, kind: 'restring', pick, key: '', value });
          expectAgreement(restrung.json, restrung.at);
        }
      }
    }
    expect(tried).toBeGreaterThan(1000);
    // thousands of files, each read by the schema and the parser: seconds on a shared machine
  }, 60_000);
});
