// What differs between two scenario files: the file's own fields, the baseline (baseline.ts), and
// each proposal, matched by id: its fields, and its operations one by one (operations.ts).
import type { Scenario, ScenarioFile } from '../../model';
import { type BaselineDiff, diffBaselines, isSameBaseline, patchBaseline } from './baseline';
import { type OperationChange, diffOperations, patchOperations } from './operations';
import { type FieldChange, byId, fieldChanges, withFields } from './records';

export type ProposalChange =
  | { change: 'added'; id: string; after: Scenario }
  | { change: 'removed'; id: string; before: Scenario }
  | { change: 'changed'; id: string; name: string; fields: FieldChange[]; operations: OperationChange[] };

export interface FileDiff {
  /** title, region, notes, $schema, meta */
  file: FieldChange[];
  baseline: BaselineDiff;
  proposals: ProposalChange[];
}

const FILE_FIELDS: readonly string[] = ['title', 'region', 'notes', '$schema', 'meta'];
export const PROPOSAL_FIELDS: readonly string[] = ['name', 'notes', 'meta', 'status'];

/** A proposal's own fields, `status` read as SPEC §3 says when it is left out (draft). */
export function proposalFields(scenario: Scenario): Record<string, unknown> {
  return { name: scenario.name, notes: scenario.notes, meta: scenario.meta, status: scenario.status ?? 'draft' };
}

function fileFields(file: ScenarioFile): Record<string, unknown> {
  return { title: file.title, region: file.region, notes: file.notes, $schema: file.$schema, meta: file.meta };
}

export function diffProposal(a: Scenario, b: Scenario): { fields: FieldChange[]; operations: OperationChange[] } {
  return { fields: fieldChanges(proposalFields(a), proposalFields(b), PROPOSAL_FIELDS), operations: diffOperations(a.operations, b.operations) };
}

/** The differences between two files; the figures are compared apart (figures.ts), as they need the engine's reports. */
export function diffFiles(a: ScenarioFile, b: ScenarioFile): FileDiff {
  const before = byId(a.scenarios);
  const after = byId(b.scenarios);
  const proposals: ProposalChange[] = [];
  for (const [id, scenario] of before) {
    const other = after.get(id);
    if (!other) {
      proposals.push({ change: 'removed', id, before: scenario });
      continue;
    }
    const { fields, operations } = diffProposal(scenario, other);
    if (fields.length > 0 || operations.length > 0) proposals.push({ change: 'changed', id, name: other.name, fields, operations });
  }
  for (const [id, scenario] of after) if (!before.has(id)) proposals.push({ change: 'added', id, after: scenario });
  return { file: fieldChanges(fileFields(a), fileFields(b), FILE_FIELDS), baseline: diffBaselines(a, b), proposals };
}

export function isEmptyDiff(diff: FileDiff): boolean {
  return diff.file.length === 0 && isSameBaseline(diff.baseline) && diff.proposals.length === 0;
}

/** `a` with the differences made (the proposals that stay keep `a`'s order, new ones come last). */
export function patchFile(a: ScenarioFile, diff: FileDiff): ScenarioFile {
  const byChange = new Map(diff.proposals.map((c) => [c.id, c]));
  const scenarios: Scenario[] = [];
  for (const scenario of a.scenarios) {
    const c = byChange.get(scenario.id);
    if (c?.change === 'removed') continue;
    if (c?.change !== 'changed') {
      scenarios.push(scenario);
      continue;
    }
    const fields = withFields(proposalFields(scenario), c.fields);
    const patched: Scenario = { id: scenario.id, name: fields.name as string, operations: patchOperations(scenario.operations, c.operations) };
    if (fields.notes !== undefined) patched.notes = fields.notes as string;
    if (fields.meta !== undefined) patched.meta = fields.meta as Scenario['meta'];
    if (fields.status !== 'draft') patched.status = fields.status as Scenario['status'];
    scenarios.push(patched);
  }
  for (const c of diff.proposals) if (c.change === 'added') scenarios.push(c.after);
  const header = withFields(fileFields(a), diff.file);
  const out = { ...a, ...patchBaseline(a, diff.baseline), scenarios } as ScenarioFile;
  for (const field of ['title', 'region', 'notes', '$schema', 'meta'] as const) {
    if (header[field] === undefined) delete out[field];
    else (out as unknown as Record<string, unknown>)[field] = header[field];
  }
  if (out.functions === undefined) delete out.functions;
  return out;
}
