// Merging two edited copies of one file (ours: the open one; theirs: the colleague's), with their
// common ancestor when it is known. planMerge decides everything that needs no question and lists
// every conflict with both versions; nothing is applied until applyMerge is given the user's
// choices (apply.ts).
//
// - The file's fields, rule numbers, duties, units and bureaus: three-way, field by field
//   (threeWay.ts). Without an ancestor every difference is a conflict.
// - Proposals, by id. With the ancestor: both kept it → its fields three-way and its operations
//   three-way (operations.ts, conflicts.ts); one removed it → removed if the other left it as it
//   was, else a conflict; one added it → added. Without the ancestor (or for a proposal both added):
//   when one side's operations are the start of the other's, that start is taken as the ancestor
//   list; otherwise the proposal is one conflict: ours, theirs, or both (theirs under a new id).
//   A proposal only one side has is kept.
// - A unit or bureau one side removed from the baseline, that the other side's new operations
//   still touch: a conflict (keep it in the baseline, or drop those operations).
import type { Bureau, FileError, FunctionDef, Operation, Scenario, ScenarioFile, Unit } from '../../../model';
import { functionCatalogue } from '../../../model';
import { type LoadedFile, loadParsedFile } from '../../load';
import { rulesOf } from '../baseline';
import { canonical, sameValue } from '../canonical';
import { PROPOSAL_FIELDS, proposalFields } from '../fileDiff';
import { unusedId } from '../ids';
import { BUREAU_RECORDS, FUNCTION_RECORDS, UNIT_RECORDS } from '../records';
import { type EditConflict, type OperationRef, addStake, findEditConflicts, ownOperations, refOf } from './conflicts';
import { type Entity, entityKey } from './footprint';
import { type MergedOperation, type Segment, type Side, mergeOperationLists } from './operations';
import { type FieldConflict, type Found, type Removal, type Slot, mergeFields, mergeRecords } from './threeWay';

export type MergeChoice = 'ours' | 'theirs' | 'both';

/** A proposal as a whole: one side removed it and the other changed it, or (no ancestor) the two lists went different ways. */
export interface ProposalConflict {
  id: string;
  kind: 'proposal';
  proposal: string;
  reason: 'removed' | 'diverged';
  ours?: Scenario;
  theirs?: Scenario;
}

/** A stretch of a proposal's operations both sides changed differently. */
export interface OperationsConflict {
  id: string;
  kind: 'operations';
  proposal: string;
  base: Operation[];
  ours: OperationRef[];
  theirs: OperationRef[];
}

/** One side removed a unit or bureau from the baseline; the other side's new operations touch it. */
export interface RemovedConflict {
  id: string;
  kind: 'removed';
  entity: Entity;
  entityId: string;
  removedBy: Side;
  /** As the other side has it. */
  record: Unit | Bureau;
  operations: Array<OperationRef & { proposal: string }>;
}

export type Conflict = (FieldConflict | ProposalConflict | OperationsConflict | EditConflict | RemovedConflict) & { choices: MergeChoice[] };

export type ProposalPart =
  | {
      id: string;
      mode: 'merged';
      fields: Record<string, unknown>;
      segments: Segment[];
      approved: Operation[][];
      /** A draft is written `"status": "draft"` where ours (or, lacking it, theirs) wrote it so. */
      draftWritten: boolean;
    }
  | { id: string; mode: 'whole'; conflict: string; ours?: Scenario; theirs?: Scenario; theirsAs: string };

/** Plain data: what applyMerge needs besides the choices. */
export interface MergeParts {
  file: Record<string, unknown>;
  rules: Record<string, unknown>;
  functions: Array<{ id: string; value?: FunctionDef }>;
  units: Array<{ id: string; value?: Unit }>;
  bureaus: Array<{ id: string; value?: Bureau }>;
  proposals: ProposalPart[];
  slots: Slot[];
  /** The file the merge is written over: ours, for what no part above says. */
  ours: ScenarioFile;
}

export interface MergePlan {
  ancestorKnown: boolean;
  conflicts: Conflict[];
  /** Per proposal, how many operations each side brings that the other did not have. */
  summary: Array<{ proposal: string; ours: number; theirs: number }>;
  parts: MergeParts;
}

export interface MergeInput {
  ancestor?: ScenarioFile;
  ours: ScenarioFile;
  theirs: ScenarioFile;
}

export type MergePlanResult = { ok: true; plan: MergePlan } | { ok: false; side: Side; errors: FileError[] };

const FILE_FIELDS: readonly string[] = ['title', 'region', 'notes', '$schema', 'meta'];
const RULE_FIELDS: readonly string[] = ['economicRatioMin', 'rewardTopN', 'bottomN'];

const header = (file: ScenarioFile): Record<string, unknown> => ({ title: file.title, region: file.region, notes: file.notes, $schema: file.$schema, meta: file.meta });
const sameList = (a: readonly Operation[], b: readonly Operation[]) => a.length === b.length && a.every((op, i) => canonical(op) === canonical(b[i]));
const isPrefix = (a: readonly Operation[], b: readonly Operation[]) => a.length <= b.length && sameList(a, b.slice(0, a.length));
const sameProposal = (a: Scenario, b: Scenario) => sameValue(proposalFields(a), proposalFields(b)) && sameList(a.operations, b.operations);

export function planMerge(input: MergeInput): MergePlanResult {
  const ours = loadParsedFile(input.ours);
  if (!ours.ok) return { ok: false, side: 'ours', errors: ours.errors };
  const theirs = loadParsedFile(input.theirs);
  if (!theirs.ok) return { ok: false, side: 'theirs', errors: theirs.errors };
  const { ancestor } = input;
  const found: Found = { conflicts: [], slots: [] };
  const unitRemovals: Array<Removal<Unit>> = [];
  const bureauRemovals: Array<Removal<Bureau>> = [];
  const catalogue = (file: ScenarioFile) => [...functionCatalogue(file.functions).values()];
  const parts: MergeParts = {
    file: mergeFields(ancestor && header(ancestor), header(input.ours), header(input.theirs), FILE_FIELDS, { section: 'file' }, found),
    rules: mergeFields(ancestor && rulesOf(ancestor), rulesOf(input.ours), rulesOf(input.theirs), RULE_FIELDS, { section: 'rules' }, found),
    functions: mergeRecords(ancestor && catalogue(ancestor), catalogue(input.ours), catalogue(input.theirs), FUNCTION_RECORDS, 'function', found, []),
    units: mergeRecords(ancestor?.units, input.ours.units, input.theirs.units, UNIT_RECORDS, 'unit', found, unitRemovals),
    bureaus: mergeRecords(ancestor?.bureaus, input.ours.bureaus, input.theirs.bureaus, BUREAU_RECORDS, 'bureau', found, bureauRemovals),
    proposals: [],
    slots: found.slots,
    ours: input.ours,
  };
  const conflicts: Conflict[] = found.conflicts.map((c) => ({ ...c, choices: ['ours', 'theirs'] }));
  const proposals = mergeProposals(input, ours.loaded, theirs.loaded, conflicts, parts.slots);
  parts.proposals = proposals;
  conflicts.push(...removedConflicts(proposals, [...unitRemovals.map((r) => ({ ...r, entity: 'unit' as const })), ...bureauRemovals.map((r) => ({ ...r, entity: 'bureau' as const }))], parts));
  const summary = proposals.flatMap((p) => {
    if (p.mode !== 'merged') return [];
    const own = ownOperations(p.segments);
    return [{ proposal: p.id, ours: own.filter((x) => x.side === 'ours').length, theirs: own.filter((x) => x.side === 'theirs').length }];
  });
  return { ok: true, plan: { ancestorKnown: ancestor !== undefined, conflicts, summary, parts } };
}

function mergeProposals(input: MergeInput, ours: LoadedFile, theirs: LoadedFile, conflicts: Conflict[], slots: Slot[]): ProposalPart[] {
  const base = input.ancestor && new Map(input.ancestor.scenarios.map((s) => [s.id, s]));
  const o = new Map(input.ours.scenarios.map((s, i) => [s.id, { scenario: s, index: i }]));
  const t = new Map(input.theirs.scenarios.map((s, i) => [s.id, { scenario: s, index: i }]));
  const taken = new Set([...o.keys(), ...t.keys(), ...(base?.keys() ?? [])]);
  const ids = [...o.keys(), ...[...t.keys()].filter((id) => !o.has(id))];
  const parts: ProposalPart[] = [];
  for (const id of ids) {
    const [b, ov, tv] = [base?.get(id), o.get(id)?.scenario, t.get(id)?.scenario];
    const whole = (reason: ProposalConflict['reason']) => {
      const conflict = `proposal/${id}`;
      const theirsAs = unusedId(id, taken);
      taken.add(theirsAs);
      const c: Conflict = { id: conflict, kind: 'proposal', proposal: id, reason, choices: reason === 'diverged' ? ['ours', 'theirs', 'both'] : ['ours', 'theirs'] };
      if (ov) c.ours = ov;
      if (tv) c.theirs = tv;
      conflicts.push(c);
      const part: ProposalPart = { id, mode: 'whole', conflict, theirsAs };
      if (ov) part.ours = ov;
      if (tv) part.theirs = tv;
      parts.push(part);
    };
    if (!ov || !tv) {
      const present = (ov ?? tv)!;
      const side: Side = ov ? 'ours' : 'theirs';
      if (b && sameProposal(present, b)) continue; // the other side removed it, this one left it as it was
      if (b) {
        whole('removed');
        continue;
      }
      // added by one side (or, without an ancestor, only one side has it): kept
      const operations = present.operations.map((operation, i): MergedOperation => ({ operation, side, [side]: i }));
      parts.push({
        id,
        mode: 'merged',
        fields: proposalFields(present),
        segments: [{ kind: 'merged', operations }],
        approved: present.status === 'approved' ? [present.operations] : [],
        draftWritten: present.status === 'draft',
      });
      continue;
    }
    let baseOperations = b?.operations;
    if (!baseOperations) {
      if (isPrefix(ov.operations, tv.operations)) baseOperations = ov.operations;
      else if (isPrefix(tv.operations, ov.operations)) baseOperations = tv.operations;
      else {
        whole('diverged');
        continue;
      }
    }
    const found: Found = { conflicts: [], slots: [] };
    const fields = mergeFields(b && proposalFields(b), proposalFields(ov), proposalFields(tv), PROPOSAL_FIELDS, { section: 'proposal', record: id }, found);
    let stretches = 0;
    const segments = mergeOperationLists(baseOperations, ov.operations, tv.operations, () => `proposal/${id}/operations/${stretches++}`);
    const states = { ours: ours.scenarios[o.get(id)!.index]!, theirs: theirs.scenarios[t.get(id)!.index]! };
    const edits = findEditConflicts(id, segments, (side, entity, entityId, field) => {
      const list: ReadonlyArray<{ id: string }> = entity === 'unit' ? states[side].units : states[side].bureaus;
      return (list.find((r) => r.id === entityId) as Record<string, unknown> | undefined)?.[field];
    });
    conflicts.push(...found.conflicts.map((c): Conflict => ({ ...c, choices: ['ours', 'theirs'] })));
    for (const segment of segments) {
      if (segment.kind !== 'stretch') continue;
      conflicts.push({
        id: segment.conflict,
        kind: 'operations',
        proposal: id,
        base: segment.base,
        ours: segment.ours.map((m) => ({ index: m.ours!, operation: m.operation })),
        theirs: segment.theirs.map((m) => ({ index: m.theirs!, operation: m.operation })),
        choices: ['ours', 'theirs'],
      });
    }
    conflicts.push(...edits.map((c): Conflict => ({ ...c, choices: ['ours', 'theirs'] })));
    slots.push(...found.slots);
    const approved = [b, ov, tv].filter((s): s is Scenario => s?.status === 'approved').map((s) => s.operations);
    parts.push({ id, mode: 'merged', fields, segments, approved, draftWritten: ov.status === 'draft' });
  }
  return parts;
}

/**
 * A unit or bureau one side removed from the baseline (the other left it as it was), that the other
 * side's own operations still touch. Deciding for the side that removed it drops those operations;
 * deciding for the other keeps it in the baseline.
 */
function removedConflicts(proposals: readonly ProposalPart[], removals: Array<Removal<Unit | Bureau> & { entity: Entity }>, parts: MergeParts): Conflict[] {
  if (removals.length === 0) return [];
  const touching = new Map<string, Array<{ proposal: string; m: MergedOperation; side: Side }>>();
  for (const p of proposals) {
    if (p.mode !== 'merged') continue;
    for (const own of ownOperations(p.segments)) {
      for (const key of new Set(own.touches.map((t) => entityKey(t.entity, t.id)))) {
        const list = touching.get(key) ?? [];
        list.push({ proposal: p.id, m: own.m, side: own.side });
        touching.set(key, list);
      }
    }
  }
  const conflicts: Conflict[] = [];
  for (const removal of removals) {
    const other: Side = removal.by === 'ours' ? 'theirs' : 'ours';
    const ops = (touching.get(entityKey(removal.entity, removal.id)) ?? []).filter((x) => x.side === other);
    if (ops.length === 0) continue;
    const id = `${removal.entity}/${removal.id}/removed`;
    for (const x of ops) addStake(x.m, id);
    const slot: Slot = { conflict: id, section: removal.entity, record: removal.id, field: null };
    slot[other] = removal.record;
    parts.slots.push(slot);
    conflicts.push({
      id,
      kind: 'removed',
      entity: removal.entity,
      entityId: removal.id,
      removedBy: removal.by,
      record: removal.record,
      operations: ops.map((x) => ({ proposal: x.proposal, ...refOf(x.m, other) })),
      choices: ['ours', 'theirs'],
    });
  }
  return conflicts;
}
