// Small files for the planner's property tests: one zone (either governance, maybe capped, maybe
// ranked last), maybe an office under it, one or two streets or towns of its territory, one
// platform, maybe a coordination group holding a body; bureaus of every type and category with
// social, economic and general duties. Small enough that every plan of the planner's space can be
// tried with the engine.
import fc from 'fast-check';
import type { Bureau, ScenarioFile, Unit } from '../../src/model';

const DUTIES = ['investment-promotion', 'industry-development', 'urban-management', 'livelihood-services', 'finance', 'general-office'];

const bureauArb = fc.record({
  type: fc.constantFrom<Bureau['type']>('internal', 'internal', 'institution'),
  category: fc.constantFrom<Bureau['category']>('economic', 'social', 'general'),
  functions: fc.uniqueArray(fc.constantFrom(...DUTIES), { maxLength: 2 }),
  staff: fc.integer({ min: 1, max: 9 }),
  leaderPosts: fc.integer({ min: 0, max: 3 }),
});

type BureauSpec = typeof bureauArb extends fc.Arbitrary<infer T> ? T : never;

export const planFileArb: fc.Arbitrary<ScenarioFile> = fc
  .record({
    separated: fc.boolean(),
    bodyCap: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    bottom: fc.boolean(),
    office: fc.boolean(),
    locals: fc.integer({ min: 1, max: 2 }),
    group: fc.boolean(),
    zone: fc.array(bureauArb, { minLength: 1, maxLength: 4 }),
    officeBureaus: fc.array(bureauArb, { maxLength: 1 }),
    localBureaus: fc.array(fc.tuple(fc.nat(1), bureauArb), { minLength: 1, maxLength: 3 }),
    groupBureaus: fc.array(bureauArb, { maxLength: 1 }),
  })
  .map((spec): ScenarioFile => {
    const locals = Array.from({ length: spec.locals }, (_, i): Unit => ({ id: `s${i}`, name: `街道${i}`, kind: i === 1 ? 'town' : 'street' }));
    const units: Unit[] = [
      { id: 'z', name: '开发区', kind: 'zone', governance: spec.separated ? 'separated' : 'integrated', partyCommittee: true, territory: locals.map((l) => l.id), ...(spec.bodyCap === undefined ? {} : { bodyCap: spec.bodyCap }), ...(spec.bottom ? { rank: { position: 5, of: 5 } } : {}) },
      ...(spec.office ? [{ id: 'o', name: '园区办', kind: 'office' as const, parent: 'z' }] : []),
      ...locals,
      { id: 'p', name: '平台公司', kind: 'platform' },
      ...(spec.group ? [{ id: 'g', name: '领导小组', kind: 'group' as const }] : []),
    ];
    const bureaus: Bureau[] = [];
    const add = (unit: string, b: BureauSpec) =>
      bureaus.push({ id: `b${bureaus.length}`, name: `机构${bureaus.length}`, unit, type: b.type, category: b.category, functions: b.functions, staff: { admin: b.staff, institutional: 0 }, leaderPosts: b.leaderPosts });
    spec.zone.forEach((b) => add('z', b));
    if (spec.office) spec.officeBureaus.forEach((b) => add('o', b));
    spec.localBureaus.forEach(([at, b]) => add(locals[at % locals.length]!.id, b));
    if (spec.group) spec.groupBureaus.forEach((b) => add('g', b));
    return { format: 'zonereform/scenario', version: 1, title: 'plan test', units, bureaus, scenarios: [] };
  });
