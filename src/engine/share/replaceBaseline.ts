// Replacing today's organisation of the open file with another (a table brought in, SPEC §11): the
// units, bureaus and duties become the other's, and every proposal is played again over them. A
// proposal whose operations all still apply stays as it is; one with an operation that no longer
// applies is kept aside — exactly as a colleague's proposal brought in is (bringIn.ts,
// notApplied.ts): it stays in the file, named, holding no operation, its operations kept whole in
// `meta["zonereform.notApplied"]` with each refusal and its reason. Nothing is dropped.
import type { FileError, FunctionDef, Operation, Scenario, ScenarioFile } from '../../model';
import { loadParsedFile } from '../load';
import { type RefusedOperation, bringIn, planBringIn } from './bringIn';
import { NOT_APPLIED_KEY, type NotApplied, type ProposalChoice, type RefusedRecord, readNotApplied } from './notApplied';

/** The organisation that takes the place of today's: a table's units, bureaus and own duties. */
export type Organisation = Pick<ScenarioFile, 'units' | 'bureaus' | 'functions'>;

export interface KeptAside {
  id: string;
  name: string;
  /** The operations that no longer apply, with the engine's reasons, at their place in the proposal. */
  refused: RefusedOperation[];
}

export type ReplaceResult = { ok: true; file: ScenarioFile; keptAside: KeptAside[] } | { ok: false; errors: FileError[] };

/**
 * The open file with `organisation` as its baseline. Its title, notes, rules and meta stay; its own
 * duties that the organisation does not define stay too (a proposal may create a bureau that carries
 * one), the organisation's win where both define an id.
 */
export function replaceBaseline(open: ScenarioFile, organisation: Organisation): ReplaceResult {
  const defined = new Set((organisation.functions ?? []).map((fn) => fn.id));
  const functions: FunctionDef[] = [...(organisation.functions ?? []), ...(open.functions ?? []).filter((fn) => !defined.has(fn.id))];
  const { functions: _old, ...rest } = open;
  const base: ScenarioFile = { ...rest, ...(functions.length > 0 ? { functions } : {}), units: organisation.units, bureaus: organisation.bureaus, scenarios: [] };
  const loaded = loadParsedFile(base);
  if (!loaded.ok) return loaded;
  // the open file's own proposals, brought in over the new organisation: no id can clash
  const planned = planBringIn(loaded.loaded, open, open.scenarios.map((s) => s.id));
  if (!planned.ok) return planned;
  const choices = new Map<string, ProposalChoice>(planned.plan.proposals.filter((p) => p.refused.length > 0).map((p) => [p.sourceId, 'keepAside']));
  const brought = bringIn(base, planned.plan, choices);
  if (!brought.ok) return brought;
  const file = brought.result.file;
  file.scenarios = file.scenarios.map((scenario, index) => keepEarlierRecord(scenario, open.scenarios[index]!));
  const keptAside = planned.plan.proposals.filter((p) => p.refused.length > 0).map((p) => ({ id: p.id, name: p.scenario.name, refused: p.refused }));
  return { ok: true, file, keptAside };
}

/**
 * A proposal brought in earlier with some operations skipped (`choice: "skip"`) and now kept aside:
 * its record would otherwise be written over and the skipped operations lost. The record kept is
 * the one of the proposal as it first came — every operation, the skipped ones back in their place,
 * the file it came from — with the refusals of then and of now, each at its place in that list.
 */
function keepEarlierRecord(now: Scenario, before: Scenario): Scenario {
  const earlier = readNotApplied(before);
  const record = now.meta?.[NOT_APPLIED_KEY] as NotApplied | undefined;
  if (!earlier?.ok || earlier.record.choice !== 'skip' || record?.choice !== 'keepAside') return now;
  const skipped = new Map(earlier.record.refused.map((r) => [r.index, r]));
  const asCame: Operation[] = [];
  const placeOf: number[] = [];
  let applied = 0;
  while (asCame.length < before.operations.length + skipped.size) {
    const skip = skipped.get(asCame.length);
    if (skip) asCame.push(skip.operation);
    else {
      placeOf[applied++] = asCame.length;
      asCame.push(before.operations[applied - 1]!);
    }
  }
  const refused: RefusedRecord[] = [...earlier.record.refused, ...record.refused.map((r) => ({ ...r, index: placeOf[r.index] ?? r.index }))].sort((a, b) => a.index - b.index);
  const kept: NotApplied = { ...record, from: earlier.record.from, refused, operations: asCame };
  if (earlier.record.withoutMeta) kept.withoutMeta = true;
  else delete kept.withoutMeta;
  return { ...now, meta: { ...now.meta, [NOT_APPLIED_KEY]: kept } };
}
