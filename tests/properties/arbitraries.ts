// Valid scenario files (SPEC §3–§5) for property tests. The baseline is built from specs whose
// references are positions into what exists, so every reference resolves; each scenario's
// operations come from a plan played over the baseline with the engine (see operationPlans.ts).
import fc from 'fast-check';
import { applyOperation, contextOf } from '../../src/engine';
import {
  BUILT_IN_FUNCTIONS,
  BUREAU_TYPES,
  type Bureau,
  CATEGORIES,
  FILE_FORMAT,
  FILE_VERSION,
  type FunctionDef,
  GOVERNANCES,
  LEVELS,
  type Operation,
  type OrgState,
  type RuleSettings,
  SCENARIO_STATUSES,
  type Scenario,
  type ScenarioFile,
  type Unit,
  type UnitKind,
  functionCatalogue,
} from '../../src/model';
import { type Choice, operationFor, planArb } from './operationPlans';
import { PLAIN, countArb, freshId, idArb, metaArb, nameArb, optionalArb, pickOf, staffArb, textArb } from './values';

export { choiceArb, operationFor, planArb } from './operationPlans';
export { countArb, idArb, metaArb, nameArb, pickOf, staffArb, textArb } from './values';

const nat = fc.nat({ max: 1 << 20 });

const unitSpecArb = fc.record({
  kind: fc.constantFrom<UnitKind>('zone', 'zone', 'office', 'town', 'street', 'platform', 'group'),
  id: idArb,
  name: nameArb,
  level: optionalArb(fc.constantFrom(...LEVELS)),
  governance: fc.constantFrom(...GOVERNANCES),
  partyCommittee: optionalArb(fc.boolean(), 6),
  // v2: an office may have no parent (led by the district's Party organisation)
  parentPick: optionalArb(nat, 7),
  territory: optionalArb(fc.array(nat, { maxLength: 3 }), 7),
  developedTown: optionalArb(fc.boolean(), 6),
  leaderPosts: optionalArb(countArb, 7),
  leaderPostCap: optionalArb(fc.nat(12), 3),
  bodyCap: optionalArb(fc.nat(8), 3),
  jointPick: optionalArb(nat, 2),
  rank: optionalArb(fc.record({ position: nat, of: fc.integer({ min: 1, max: 12 }) }, PLAIN), 6),
}, PLAIN);
type UnitSpec = typeof unitSpecArb extends fc.Arbitrary<infer T> ? T : never;

const bureauSpecArb = fc.record({
  id: idArb,
  name: nameArb,
  unitPick: nat,
  type: fc.constantFrom(...BUREAU_TYPES),
  category: fc.constantFrom(...CATEGORIES),
  functions: fc.array(nat, { maxLength: 4 }),
  staff: staffArb,
  leaderPosts: countArb,
}, PLAIN);
type BureauSpec = typeof bureauSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** A file's own duties: new ids, or a built-in id given another name or category. */
const functionDefsArb: fc.Arbitrary<FunctionDef[]> = fc.uniqueArray(
  fc.record({
    id: fc.oneof(idArb, fc.constantFrom(...BUILT_IN_FUNCTIONS.map((fn) => fn.id))),
    name: nameArb,
    category: fc.constantFrom(...CATEGORIES),
  }, PLAIN),
  { maxLength: 3, selector: (fn) => fn.id },
);

const rulesArb: fc.Arbitrary<RuleSettings> = fc.record(
  {
    economicRatioMin: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0), fc.constantFrom(0, 0.5, 0.6, 1)),
    rewardTopN: fc.nat(6),
    bottomN: fc.nat(6),
  },
  { requiredKeys: [], ...PLAIN },
);

const scenarioSpecArb = fc.record({
  id: idArb.filter((id) => id !== 'baseline'),
  name: nameArb,
  notes: optionalArb(textArb, 3),
  meta: optionalArb(metaArb, 3),
  status: optionalArb(fc.constantFrom(...SCENARIO_STATUSES), 5),
  plan: planArb,
}, PLAIN);
type ScenarioSpec = typeof scenarioSpecArb extends fc.Arbitrary<infer T> ? T : never;

const fileSpecArb = fc.record({
  $schema: optionalArb(fc.constant('https://example.org/zonereform/scenario.schema.json'), 2),
  title: nameArb,
  region: optionalArb(nameArb),
  notes: optionalArb(textArb, 3),
  meta: optionalArb(metaArb, 3),
  rules: optionalArb(rulesArb, 4),
  functions: optionalArb(functionDefsArb, 4),
  units: fc.array(unitSpecArb, { minLength: 1, maxLength: 8 }),
  bureaus: fc.array(bureauSpecArb, { maxLength: 12 }),
  scenarios: fc.array(scenarioSpecArb, { maxLength: 3 }),
}, PLAIN);
type FileSpec = typeof fileSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** An operation the plan chose that the engine refused: SPEC §5 says it should have applied. */
export interface UnexpectedRefusal {
  scenario: number;
  operation: Operation;
  codes: string[];
}

export interface GeneratedFile {
  file: ScenarioFile;
  /** Empty when the engine applies every operation that SPEC §5 allows (a property checks it). */
  unexpectedRefusals: UnexpectedRefusal[];
}

export const generatedFileArb: fc.Arbitrary<GeneratedFile> = fileSpecArb.map(buildFile);

/** Valid scenario files (those whose generation met an unexpected refusal are left out). */
export const validFileArb: fc.Arbitrary<ScenarioFile> = generatedFileArb
  .filter((generated) => generated.unexpectedRefusals.length === 0)
  .map((generated) => generated.file);

function buildFile(spec: FileSpec): GeneratedFile {
  const units = buildUnits(spec.units);
  const functionIds = [...functionCatalogue(spec.functions).keys()];
  const bureaus = buildBureaus(spec.bureaus, units, functionIds);
  const file: ScenarioFile = { format: FILE_FORMAT, version: FILE_VERSION, title: spec.title, units, bureaus, scenarios: [] };
  if (spec.$schema !== undefined) file.$schema = spec.$schema;
  if (spec.region !== undefined) file.region = spec.region;
  if (spec.notes !== undefined) file.notes = spec.notes;
  if (spec.meta !== undefined) file.meta = spec.meta;
  if (spec.rules !== undefined) file.rules = spec.rules;
  if (spec.functions !== undefined) file.functions = spec.functions;
  const unexpectedRefusals: UnexpectedRefusal[] = [];
  const scenarioIds = new Set<string>(['baseline']);
  spec.scenarios.forEach((scenarioSpec, index) => {
    const { scenario, refusals } = buildScenario(scenarioSpec, file, scenarioIds, functionIds);
    file.scenarios.push(scenario);
    unexpectedRefusals.push(...refusals.map((r) => ({ ...r, scenario: index })));
  });
  return { file, unexpectedRefusals };
}

/** The kinds of unit that `jointWith` may name (v2): those whose own team is counted. */
export const JOINABLE: readonly UnitKind[] = ['zone', 'office', 'town', 'street'];

function buildUnits(specs: readonly UnitSpec[]): Unit[] {
  const kinds = specs.map((s) => s.kind);
  const taken = new Set<string>();
  const ids = specs.map((s) => freshId(s.id, taken));
  const zoneIds = ids.filter((_, i) => kinds[i] === 'zone');
  const localIds = ids.filter((_, i) => kinds[i] === 'town' || kinds[i] === 'street');
  // v2: a unit joined by others is a zone, office, town or street without a jointWith of its own
  const joins = (i: number) => specs[i]!.jointPick !== undefined;
  return specs.map((s, i) => {
    const kind = kinds[i]!;
    const ranked = kind === 'zone' || kind === 'office';
    const unit: Unit = { id: ids[i]!, name: s.name, kind };
    if (ranked && s.level !== undefined) unit.level = s.level;
    if (kind === 'zone') unit.governance = s.governance;
    if (s.partyCommittee !== undefined) unit.partyCommittee = s.partyCommittee;
    if (kind === 'office' && s.parentPick !== undefined && zoneIds.length > 0) unit.parent = pickOf(zoneIds, s.parentPick);
    if (ranked && s.territory !== undefined && localIds.length > 0) unit.territory = s.territory.map((p) => pickOf(localIds, p));
    if (kind === 'town' && s.developedTown !== undefined) unit.developedTown = s.developedTown;
    if (s.leaderPosts !== undefined) unit.leaderPosts = s.leaderPosts;
    if (s.leaderPostCap !== undefined) unit.leaderPostCap = s.leaderPostCap;
    if (s.bodyCap !== undefined) unit.bodyCap = s.bodyCap;
    const partners = ids.filter((_, j) => j !== i && !joins(j) && JOINABLE.includes(kinds[j]!));
    if (s.jointPick !== undefined && partners.length > 0) unit.jointWith = pickOf(partners, s.jointPick);
    if (ranked && s.rank !== undefined) unit.rank = { position: 1 + (s.rank.position % s.rank.of), of: s.rank.of };
    return unit;
  });
}

function buildBureaus(specs: readonly BureauSpec[], units: readonly Unit[], functionIds: readonly string[]): Bureau[] {
  const taken = new Set<string>();
  return specs.map((s) => ({
    id: freshId(s.id, taken),
    name: s.name,
    unit: pickOf(units, s.unitPick).id,
    type: s.type,
    category: s.category,
    // v2: each duty once in a bureau's list
    functions: [...new Set(s.functions.map((p) => pickOf(functionIds, p)))],
    staff: s.staff,
    leaderPosts: s.leaderPosts,
  }));
}

function buildScenario(
  spec: ScenarioSpec,
  file: ScenarioFile,
  taken: Set<string>,
  functionIds: readonly string[],
): { scenario: Scenario; refusals: Omit<UnexpectedRefusal, 'scenario'>[] } {
  const scenario: Scenario = { id: freshId(spec.id, taken), name: spec.name, operations: [] };
  if (spec.notes !== undefined) scenario.notes = spec.notes;
  if (spec.meta !== undefined) scenario.meta = spec.meta;
  if (spec.status !== undefined) scenario.status = spec.status;
  const { operations, refusals } = playPlan({ units: file.units, bureaus: file.bureaus }, spec.plan, file, functionIds);
  scenario.operations = operations;
  return { scenario, refusals };
}

/** Reads each choice against the state it meets, applies it, and keeps the operations that applied. */
export function playPlan(
  start: OrgState,
  plan: readonly Choice[],
  file: ScenarioFile,
  functionIds: readonly string[] = [...functionCatalogue(file.functions).keys()],
): { state: OrgState; operations: Operation[]; refusals: Omit<UnexpectedRefusal, 'scenario'>[] } {
  const context = contextOf(file);
  const operations: Operation[] = [];
  const refusals: Omit<UnexpectedRefusal, 'scenario'>[] = [];
  let state = start;
  for (const choice of plan) {
    const operation = operationFor(state, choice, functionIds);
    if (!operation) continue;
    const result = applyOperation(state, operation, context);
    if (result.ok) {
      operations.push(operation);
      state = result.state;
    } else refusals.push({ operation, codes: result.refusals.map((r) => r.code) });
  }
  return { state, operations, refusals };
}

/** A deep copy that shares nothing with the original (the engine freezes what it touches). */
export function cloneFile(file: ScenarioFile): ScenarioFile {
  return JSON.parse(JSON.stringify(file)) as ScenarioFile;
}
