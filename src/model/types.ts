// Types of the scenario file (SPEC §3–§5). Plain data only: these cross the worker boundary.

export const FILE_FORMAT = 'zonereform/scenario';
export const FILE_VERSION = 1;
/** The scenario id that names the baseline; no scenario may use it. */
export const BASELINE_ID = 'baseline';

export const UNIT_KINDS = ['zone', 'office', 'town', 'street', 'platform', 'group'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const LEVELS = ['national', 'provincial', 'municipal'] as const;
export type Level = (typeof LEVELS)[number];

export const GOVERNANCES = ['integrated', 'separated'] as const;
export type Governance = (typeof GOVERNANCES)[number];

export const BUREAU_TYPES = ['internal', 'institution'] as const;
export type BureauType = (typeof BUREAU_TYPES)[number];

export const CATEGORIES = ['economic', 'social', 'general'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Rank {
  position: number;
  of: number;
}

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  level?: Level;
  governance?: Governance;
  partyCommittee?: boolean;
  parent?: string;
  territory?: string[];
  developedTown?: boolean;
  leaderPosts?: number;
  leaderPostCap?: number;
  bodyCap?: number;
  jointWith?: string;
  rank?: Rank;
}

export interface Staff {
  admin: number;
  institutional: number;
}

export interface Bureau {
  id: string;
  name: string;
  unit: string;
  type: BureauType;
  category: Category;
  functions: string[];
  staff: Staff;
  leaderPosts: number;
}

export interface FunctionDef {
  id: string;
  name: string;
  category: Category;
}

export interface RuleSettings {
  economicRatioMin?: number;
  rewardTopN?: number;
  bottomN?: number;
}

/** Free text carried by every operation; it changes nothing. */
interface OperationRecord {
  note?: string;
  /** 文号: the number of the document that decides it */
  doc?: string;
  /** who proposed it (SPEC §5, v2) */
  by?: string;
  /** when: an ISO 8601 date or date-time (SPEC §5, v2) */
  at?: string;
}

export interface MoveOperation extends OperationRecord {
  op: 'move';
  bureau: string;
  to: string;
}

export interface MergeOperation extends OperationRecord {
  op: 'merge';
  bureaus: string[];
  into: { id: string; name: string; category?: Category };
}

export interface AbolishOperation extends OperationRecord {
  op: 'abolish';
  bureau: string;
  functionsTo?: string;
}

export interface CreateOperation extends OperationRecord {
  op: 'create';
  bureau: Bureau;
}

export interface SetOperation extends OperationRecord {
  op: 'set';
  bureau: string;
  name?: string;
  type?: BureauType;
  category?: Category;
  functions?: string[];
  staff?: Staff;
  leaderPosts?: number;
}

export interface ReassignOperation extends OperationRecord {
  op: 'reassign';
  function: string;
  from: string;
  to: string;
}

export interface AddUnitOperation extends OperationRecord {
  op: 'add-unit';
  unit: Unit;
}

/** Any Unit field except `id`; `unit` names the unit to change. */
export type SetUnitOperation = OperationRecord & { op: 'set-unit'; unit: string } & Partial<Omit<Unit, 'id'>>;

export interface RemoveUnitOperation extends OperationRecord {
  op: 'remove-unit';
  unit: string;
}

export type Operation =
  | MoveOperation
  | MergeOperation
  | AbolishOperation
  | CreateOperation
  | SetOperation
  | ReassignOperation
  | AddUnitOperation
  | SetUnitOperation
  | RemoveUnitOperation;

export type OperationKind = Operation['op'];

export const OPERATION_KINDS: readonly OperationKind[] = [
  'move',
  'merge',
  'abolish',
  'create',
  'set',
  'reassign',
  'add-unit',
  'set-unit',
  'remove-unit',
];

export type Meta = Record<string, unknown>;

/** SPEC §3 (v2): draft (the default), submitted (送审) or approved (已批准). */
export const SCENARIO_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export interface Scenario {
  id: string;
  name: string;
  notes?: string;
  status?: ScenarioStatus;
  meta?: Meta;
  operations: Operation[];
}

export interface ScenarioFile {
  $schema?: string;
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  title: string;
  region?: string;
  notes?: string;
  meta?: Meta;
  rules?: RuleSettings;
  functions?: FunctionDef[];
  units: Unit[];
  bureaus: Bureau[];
  scenarios: Scenario[];
}

/** The organisation at one moment: the baseline, or a scenario after its operations. */
export interface OrgState {
  units: Unit[];
  bureaus: Bureau[];
}

export function exhaustive(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
