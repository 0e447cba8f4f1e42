// Types of the scenario file (SPEC §3–§5). Plain data only: these cross the worker boundary.

export const FILE_FORMAT = 'zonereform/scenario';
/** The version a file is saved as (SPEC §3). */
export const FILE_VERSION = 2;
/** The versions a file may say: both are read, by the rules of version 2. */
export const FILE_VERSIONS = [1, 2] as const;
export type FileVersion = (typeof FILE_VERSIONS)[number];
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

/** 草稿 / 送审 / 已批准: shown by the app; no figure or rule depends on it (SPEC §3). */
export const SCENARIO_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

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

/** What every operation may carry beside its effect; it changes nothing. */
export interface OperationRecord {
  note?: string;
  /** 文号: the number of the document that decides it */
  doc?: string;
  /** who proposed it: a name of at most 100 characters */
  by?: string;
  /** when: an ISO 8601 date (`2026-11-29`) or date-time (`2026-11-29T10:15:00+08:00`) */
  at?: string;
}

export const RECORD_FIELDS = ['note', 'doc', 'by', 'at'] as const;

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

/** The optional unit fields that `set-unit` removes when given `null` (SPEC §5). */
export const CLEARABLE_UNIT_FIELDS = [
  'level', 'partyCommittee', 'parent', 'territory', 'developedTown', 'leaderPostCap', 'bodyCap', 'jointWith', 'rank',
] as const;
export type ClearableUnitField = (typeof CLEARABLE_UNIT_FIELDS)[number];

/** What a `set-unit` changes: any Unit field except `id`; `null` removes an optional one. */
export type UnitChanges = Partial<Omit<Unit, 'id' | ClearableUnitField>> & { [K in ClearableUnitField]?: Unit[K] | null };

/** `unit` names the unit to change. */
export type SetUnitOperation = OperationRecord & { op: 'set-unit'; unit: string } & UnitChanges;

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

export interface Scenario {
  id: string;
  name: string;
  notes?: string;
  meta?: Meta;
  /** absent: a draft */
  status?: ScenarioStatus;
  operations: Operation[];
}

export interface ScenarioFile {
  $schema?: string;
  format: typeof FILE_FORMAT;
  /** as the file said it; saving writes FILE_VERSION */
  version: FileVersion;
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
