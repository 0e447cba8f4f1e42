// How a proposal brought in from another file keeps what did not apply on this file's baseline.
//
// A scenario's `operations` must all apply (SPEC §5), and `meta` is the one place a file keeps
// anything else, untouched (§3). So the proposal stays a proposal of the file — named, in its tab,
// saved and sent on with it — and what did not apply is written in its `meta` under one key:
//
//   "meta": { "zonereform.notApplied": {
//     "from": { "title": "<the other file's title>", "scenario": "<its id there>" },
//     "choice": "skip" | "keepAside",
//     "refused": [ { "index": 3, "operation": { … },
//                    "reasons": [ { "code": "op.bureauMissing", "zh": "…", "en": "…" } ] } ],
//     "operations": [ … ],       // keepAside only: every operation, exactly as it came
//     "withoutMeta": true        // the proposal came with no meta of its own
//   } }
//
// - skip: the scenario holds the operations that applied, in their order; the refused ones are
//   listed (with their place in the proposal as it came), so nothing is lost without a trace.
// - keepAside: the scenario holds no operation — nothing of it is applied, so its figures are
//   today's and no half of it is taken for the whole — and the proposal's operations are kept
//   whole, in order, to be brought in again (proposalAsItCame) once the baseline allows them.
import { type FileError, type Operation, type Scenario, checkOperation, fileError } from '../../model';
import { shareError } from './errors';

export const NOT_APPLIED_KEY = 'zonereform.notApplied';

export type ProposalChoice = 'skip' | 'keepAside';

export interface RefusedRecord {
  /** Its place in the proposal as it came. */
  index: number;
  operation: Operation;
  /** The engine's reasons, in both languages, when it was brought in. */
  reasons: Array<{ code: string; zh: string; en: string }>;
}

export interface NotApplied {
  from: { title: string; scenario: string };
  choice: ProposalChoice;
  refused: RefusedRecord[];
  /** keepAside: the proposal's operations exactly as they came. */
  operations?: Operation[];
  /** The proposal came without a meta of its own (this record is then its only key). */
  withoutMeta?: true;
}

/**
 * The record, if the scenario carries one; operations in it are read as the parser reads operations.
 * `at`: the scenario's place in its file, for the errors (`$.scenarios[2]`).
 */
export function readNotApplied(scenario: Scenario, at = '$'): { ok: true; record: NotApplied } | { ok: false; errors: FileError[] } | undefined {
  const meta = scenario.meta;
  if (!meta || !Object.hasOwn(meta, NOT_APPLIED_KEY)) return undefined;
  const value = meta[NOT_APPLIED_KEY] as Partial<NotApplied> | null;
  const path = `${at}.meta[${JSON.stringify(NOT_APPLIED_KEY)}]`;
  const errors: FileError[] = [];
  const readOps = (list: unknown, at: (index: number) => string): Operation[] => {
    if (!Array.isArray(list)) return [];
    return list.flatMap((item, index) => {
      const checked = checkOperation(item, at(index));
      if (checked.ok) return [checked.operation];
      errors.push(...checked.errors);
      return [];
    });
  };
  if (
    typeof value !== 'object' || value === null || (value.choice !== 'skip' && value.choice !== 'keepAside') || !Array.isArray(value.refused) ||
    (value.operations !== undefined && !Array.isArray(value.operations))
  ) {
    return { ok: false, errors: [shareError(path, 'share.notAppliedUnreadable', {})] };
  }
  const refusedOps = readOps(value.refused.map((r) => r?.operation), (i) => `${path}.refused[${i}].operation`);
  const operations = value.operations === undefined ? undefined : readOps(value.operations, (i) => `${path}.operations[${i}]`);
  if (errors.length > 0) return { ok: false, errors };
  const record: NotApplied = {
    from: { title: String(value.from?.title ?? ''), scenario: String(value.from?.scenario ?? '') },
    choice: value.choice,
    refused: value.refused.map((r, i) => ({
      index: Number(r?.index),
      operation: refusedOps[i]!,
      reasons: (Array.isArray(r?.reasons) ? r.reasons : []).map((x) => ({ code: String(x?.code), zh: String(x?.zh), en: String(x?.en) })),
    })),
  };
  if (operations) record.operations = operations;
  if (value.withoutMeta === true) record.withoutMeta = true;
  return { ok: true, record };
}

/**
 * A proposal kept aside, as it came: every operation back in place and the record gone from its
 * meta, to be brought in again (planBringIn) once the baseline allows it.
 */
export function proposalAsItCame(scenario: Scenario): { ok: true; scenario: Scenario } | { ok: false; errors: FileError[] } | undefined {
  const read = readNotApplied(scenario);
  if (!read?.ok) return read;
  if (read.record.choice !== 'keepAside' || !read.record.operations) return undefined;
  const { [NOT_APPLIED_KEY]: _record, ...meta } = scenario.meta ?? {};
  const restored: Scenario = { ...scenario, operations: read.record.operations, meta };
  if (read.record.withoutMeta) delete restored.meta;
  return { ok: true, scenario: restored };
}
