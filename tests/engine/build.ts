// Builders for small scenario files: each test states only what matters to it, the rest is a
// plain default. Files go through the text form (JSON) so that the parser sees what a user's
// file would hold.
import { expect } from 'vitest';
import { type LoadResult, type LoadedFile, type Report, type Violation, buildReport, loadScenarioFile, subjectText } from '../../src/engine';
import type { Lang } from '../../src/i18n';
import type {
  Bureau,
  FunctionDef,
  Operation,
  OrgState,
  RuleSettings,
  Staff,
  Unit,
  UnitKind,
} from '../../src/model';

/** An operation as a file may hold it: valid or not (the parser is the judge). */
export type RawOperation = Operation | Record<string, unknown>;

export interface RawScenario {
  id: string;
  name: string;
  notes?: string;
  meta?: Record<string, unknown>;
  operations: RawOperation[];
}

export interface RawFile {
  format: string;
  version: number;
  title: string;
  region?: string;
  rules?: RuleSettings;
  functions?: FunctionDef[];
  units: Unit[];
  bureaus: Bureau[];
  scenarios: RawScenario[];
}

type UnitFields = Partial<Omit<Unit, 'id' | 'kind'>>;

export function unit(id: string, kind: UnitKind, fields: UnitFields = {}): Unit {
  return { id, name: `${kind} ${id}`, kind, ...fields };
}

/** A zone committee; separated governance with a Party working committee unless told. */
export function zone(id: string, fields: UnitFields = {}): Unit {
  return unit(id, 'zone', { governance: 'separated', partyCommittee: true, ...fields });
}

export function office(id: string, parent: string, fields: UnitFields = {}): Unit {
  return unit(id, 'office', { parent, ...fields });
}

export const town = (id: string, fields: UnitFields = {}): Unit => unit(id, 'town', fields);
export const street = (id: string, fields: UnitFields = {}): Unit => unit(id, 'street', fields);
export const platform = (id: string, fields: UnitFields = {}): Unit => unit(id, 'platform', fields);
export const group = (id: string, fields: UnitFields = {}): Unit => unit(id, 'group', fields);

type BureauFields = Partial<Omit<Bureau, 'id' | 'unit' | 'staff'>> & { staff?: Partial<Staff> };

/** An internal, economic bureau with no duties, no staff and no posts unless told. */
export function bureau(id: string, unitId: string, fields: BureauFields = {}): Bureau {
  const { staff, ...rest } = fields;
  return {
    id,
    name: `bureau ${id}`,
    unit: unitId,
    type: 'internal',
    category: 'economic',
    functions: [],
    leaderPosts: 0,
    ...rest,
    staff: { admin: 0, institutional: 0, ...staff },
  };
}

export function scenario(id: string, operations: RawOperation[], name = `plan ${id}`): RawScenario {
  return { id, name, operations };
}

export function file(parts: {
  units: Unit[];
  bureaus?: Bureau[];
  scenarios?: RawScenario[];
  rules?: RuleSettings;
  functions?: FunctionDef[];
}): RawFile {
  return {
    format: 'zonereform/scenario',
    version: 1,
    title: 'test file',
    ...(parts.rules ? { rules: parts.rules } : {}),
    ...(parts.functions ? { functions: parts.functions } : {}),
    units: parts.units,
    bureaus: parts.bureaus ?? [],
    scenarios: parts.scenarios ?? [],
  };
}

/** A file with one scenario made of `operations` over the given baseline. */
export function withOperations(base: { units: Unit[]; bureaus?: Bureau[] }, operations: RawOperation[]): RawFile {
  return file({ ...base, scenarios: [scenario('s', operations)] });
}

export function load(raw: RawFile): LoadResult {
  return loadScenarioFile(JSON.stringify(raw));
}

/** The loaded file; fails the test with the errors when the file is refused. */
export function loaded(raw: RawFile): LoadedFile {
  const result = load(raw);
  if (!result.ok) expect.fail(`file refused: ${result.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
  return result.loaded;
}

/** The state of scenario `index` after its operations. */
export function scenarioState(raw: RawFile, index = 0): OrgState {
  const state = loaded(raw).scenarios[index];
  if (!state) return expect.fail(`no scenario ${index}`);
  return state;
}

export function report(raw: RawFile, lang: Lang = 'en', only?: string): Report {
  return buildReport(loaded(raw), only === undefined ? { lang } : { lang, scenario: only });
}

/** The violations of the baseline, or of scenario `at` (by position in the file). */
export function violationsOf(raw: RawFile, at: 'baseline' | number = 'baseline', lang: Lang = 'en'): Violation[] {
  const built = report(raw, lang);
  if (at === 'baseline') return built.baseline.violations;
  const found = built.scenarios[at];
  if (!found) return expect.fail(`no scenario ${at}`);
  return found.violations;
}

/** The violations of one rule, as `rule subject` pairs with their severity. */
export function brokenBy(violations: readonly Violation[], rule: string): Array<{ subject: string; severity: string }> {
  return violations.filter((v) => v.rule === rule).map((v) => ({ subject: subjectText(v.subject), severity: v.severity }));
}

export function findBureau(state: OrgState, id: string): Bureau | undefined {
  return state.bureaus.find((b) => b.id === id);
}

export function findUnit(state: OrgState, id: string): Unit | undefined {
  return state.units.find((u) => u.id === id);
}

/** True when the text holds at least one Chinese character. */
export function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text);
}
