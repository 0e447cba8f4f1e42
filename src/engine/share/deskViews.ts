// The answers of the sharing desk (desk.ts), as the page reads them: the differences, plans and
// conflicts of share/, with every operation said in words and the ids they name given names. The
// figures keep their totals and what differs; each unit's figures and the full lists of rules
// broken stay in the worker (a province holds thousands).
import type { FileError, Operation, Scenario, ScenarioFile } from '../../model';
import type { ChangeLine } from '../changes';
import type { Metrics, Savings } from '../figures';
import type { LoadedFile } from '../load';
import type { JsonViolation } from '../report';
import type { BaselineDiff } from './baseline';
import type { BringInPlan } from './bringIn';
import type { FilesCompared, ProposalsCompared } from './compare';
import type { FigureDifference, FiguresCompared, ProposalSide, StateFigures } from './figures';
import type { Conflict, MergeInput, MergePlan } from './merge/plan';
import type { OperationChange } from './operations';
import type { FieldChange } from './records';
import { type Names, type ProposalSummary, lineBook, linesOf, namesOf } from './views';

type Failed = { ok: false; errors: FileError[] };

export type ReadReply =
  | { ok: true; token: number; title: string; units: number; bureaus: number; proposals: ProposalSummary[]; sameBaseline: boolean }
  | Failed;

// —— bringing proposals in ——

export interface IncomingView extends ProposalSummary {
  /** What does not apply over the open file's baseline: the operation said as it stood in its own file, and why. */
  refused: Array<{ index: number; line: ChangeLine; errors: FileError[] }>;
}

export interface BringInView {
  token: number;
  title: string;
  sameBaseline: boolean;
  /** From the open file's baseline (A) to the other's (B). */
  baseline: BaselineDiff;
  proposals: IncomingView[];
  names: Names;
}

export type BringInViewReply = { ok: true; view: BringInView } | Failed;

export type BringInReply =
  | {
      ok: true;
      /** The proposals to add after the open file's, as they come in (ids renamed, records of what did not apply). */
      added: Scenario[];
      renamed: Array<{ from: string; to: string }>;
      backToDraft: string[];
      /** What came in, the renamings and the proposals sent back to draft, said in both languages. */
      notes: FileError[];
    }
  | Failed;

export function bringInView(token: number, open: LoadedFile, other: LoadedFile, plan: BringInPlan, summaries: ProposalSummary[]): BringInView {
  const lines = lineBook(other.file);
  const proposals = plan.proposals.map((p): IncomingView => {
    const summary = summaries.find((s) => s.id === p.sourceId)!;
    const said = lines(p.scenario.operations);
    return { ...summary, refused: p.refused.map((r) => ({ index: r.index, line: said[r.index]!, errors: r.errors })) };
  });
  return { token, title: plan.from.title, sameBaseline: plan.sameBaseline, baseline: plan.baseline, proposals, names: namesOf([open.file, other.file]) };
}

// —— what differs ——

/** One state's totals (each unit's figures left out), its savings, and how many rules it breaks. */
export interface FigureSide {
  metrics: Omit<Metrics, 'units'>;
  savings?: Savings;
  errors: number;
  warnings: number;
}

export interface FiguresView {
  /** `baseline` or a proposal's id. */
  state: string;
  name?: string;
  before?: FigureSide;
  after?: FigureSide;
  differences: FigureDifference[];
  violations: { added: JsonViolation[]; removed: JsonViolation[] };
}

export type OperationChangeView = OperationChange & { line?: ChangeLine; becomesLine?: ChangeLine };

export type ProposalEntry =
  | { change: 'added' | 'removed'; id: string; name: string; status: NonNullable<Scenario['status']>; lines: ChangeLine[] }
  | { change: 'changed'; id: string; name: string; fields: FieldChange[]; operations: OperationChangeView[] };

export interface FileDiffView {
  a: { title: string };
  b: { title: string };
  file: FieldChange[];
  baseline: BaselineDiff;
  proposals: ProposalEntry[];
  figures: FiguresView[];
  names: Names;
}

export type FileDiffReply = { ok: true; view: FileDiffView } | Failed;

function side(figures: StateFigures | undefined): FigureSide | undefined {
  if (!figures) return undefined;
  const { units: _units, ...metrics } = figures.metrics;
  const out: FigureSide = {
    metrics,
    errors: figures.violations.filter((v) => v.severity === 'error').length,
    warnings: figures.violations.filter((v) => v.severity === 'warning').length,
  };
  if (figures.savings) out.savings = figures.savings;
  return out;
}

function figuresView(compared: FiguresCompared, name: string | undefined): FiguresView {
  const view: FiguresView = { state: compared.state, differences: compared.differences, violations: compared.violations };
  if (name !== undefined) view.name = name;
  const before = side(compared.before);
  const after = side(compared.after);
  if (before) view.before = before;
  if (after) view.after = after;
  return view;
}

/** Each operation change with its sentence on each side: `a` and `b` are the two lists' lines. */
function operationViews(changes: readonly OperationChange[], a: readonly ChangeLine[], b: readonly ChangeLine[]): OperationChangeView[] {
  return changes.map((c) => {
    if (c.change === 'added') return { ...c, line: b[c.after]! };
    if (c.change === 'removed') return { ...c, line: a[c.before]! };
    return { ...c, line: a[c.before]!, becomesLine: b[c.after]! };
  });
}

export function fileDiffView(a: LoadedFile, b: LoadedFile, compared: FilesCompared): FileDiffView {
  const linesA = lineBook(a.file);
  const linesB = lineBook(b.file);
  const scenarioIn = (file: ScenarioFile, id: string) => file.scenarios.find((s) => s.id === id);
  const proposals = compared.diff.proposals.map((p): ProposalEntry => {
    if (p.change === 'added') return { change: 'added', id: p.id, name: p.after.name, status: p.after.status ?? 'draft', lines: linesB(p.after.operations) };
    if (p.change === 'removed') return { change: 'removed', id: p.id, name: p.before.name, status: p.before.status ?? 'draft', lines: linesA(p.before.operations) };
    const before = scenarioIn(a.file, p.id)!;
    const after = scenarioIn(b.file, p.id)!;
    return { change: 'changed', id: p.id, name: p.name, fields: p.fields, operations: operationViews(p.operations, linesA(before.operations), linesB(after.operations)) };
  });
  const nameOf = (state: string) => (scenarioIn(b.file, state) ?? scenarioIn(a.file, state))?.name;
  return {
    a: { title: a.file.title },
    b: { title: b.file.title },
    file: compared.diff.file,
    baseline: compared.diff.baseline,
    proposals,
    figures: compared.figures.map((f) => figuresView(f, f.state === 'baseline' ? undefined : nameOf(f.state))),
    names: namesOf([a.file, b.file]),
  };
}

/** A proposal to compare: of the open file, of a file read (`token`), or of an earlier state of the open file (`file`). */
export interface ProposalRef {
  scenarioId: string;
  token?: number;
  file?: ScenarioFile;
}

export interface ProposalDiffView {
  before: { id: string; name: string };
  after: { id: string; name: string };
  baseline: BaselineDiff;
  fields: FieldChange[];
  operations: OperationChangeView[];
  figures: FiguresView;
  names: Names;
}

export type ProposalDiffReply = { ok: true; view: ProposalDiffView } | Failed;

export function proposalDiffView(a: ProposalSide, b: ProposalSide, compared: ProposalsCompared): ProposalDiffView {
  return {
    before: { id: a.scenario.id, name: a.scenario.name },
    after: { id: b.scenario.id, name: b.scenario.name },
    baseline: compared.baseline,
    fields: compared.fields,
    operations: operationViews(compared.operations, linesOf(a.file, a.scenario.operations), linesOf(b.file, b.scenario.operations)),
    figures: figuresView(compared.figures, b.scenario.name),
    names: namesOf([a.file, b.file]),
  };
}

// —— merging two edited copies ——

/** An operation of one side, where it stands in that side's proposal, said in words. */
export interface OperationView {
  index: number;
  operation: Operation;
  line: ChangeLine;
}

/** A whole proposal as one side has it. */
export interface ProposalVersion {
  name: string;
  status: NonNullable<Scenario['status']>;
  lines: ChangeLine[];
}

type Sides<T> = { ours?: T; theirs?: T };

export type ConflictView =
  | (Extract<Conflict, { kind: 'field' }>)
  | (Omit<Extract<Conflict, { kind: 'proposal' }>, 'ours' | 'theirs'> & Sides<ProposalVersion>)
  | (Omit<Extract<Conflict, { kind: 'operations' }>, 'base' | 'ours' | 'theirs'> & { base: ChangeLine[]; ours: OperationView[]; theirs: OperationView[] })
  | (Omit<Extract<Conflict, { kind: 'edit' }>, 'ours' | 'theirs'> & { ours: OperationView[]; theirs: OperationView[] })
  | (Omit<Extract<Conflict, { kind: 'removed' }>, 'operations'> & { operations: Array<OperationView & { proposal: string }> });

export interface MergeView {
  ancestorKnown: boolean;
  ours: { title: string };
  theirs: { title: string };
  conflicts: ConflictView[];
  summary: MergePlan['summary'];
  names: Names;
  /** Each proposal's name by its id (ours first, then theirs, then the ancestor's). */
  proposals: Array<[string, string]>;
}

export type MergeViewReply = { ok: true; view: MergeView } | Failed;

export type MergeReply = { ok: true; file: ScenarioFile; leftOut: number; notes: FileError[] } | Failed;

export function mergeView(plan: MergePlan, input: MergeInput): MergeView {
  const books = { ours: lineBook(input.ours), theirs: lineBook(input.theirs) };
  const said = (side: 'ours' | 'theirs', proposal: string) => {
    const scenario = input[side].scenarios.find((s) => s.id === proposal);
    return scenario ? books[side](scenario.operations) : [];
  };
  const refs = (side: 'ours' | 'theirs', proposal: string, list: ReadonlyArray<{ index: number; operation: Operation }>): OperationView[] => {
    const lines = said(side, proposal);
    return list.map((r) => ({ ...r, line: lines[r.index] ?? linesOf(input[side], [r.operation])[0]! }));
  };
  const version = (side: 'ours' | 'theirs', scenario: Scenario | undefined): ProposalVersion | undefined =>
    scenario && { name: scenario.name, status: scenario.status ?? 'draft', lines: books[side](scenario.operations) };
  const bureaus = new Set<string>();
  const conflicts = plan.conflicts.map((c): ConflictView => {
    switch (c.kind) {
      case 'field':
        if (c.section === 'bureau' && c.record !== undefined) bureaus.add(c.record);
        return c;
      case 'proposal': {
        const { ours, theirs, ...rest } = c;
        const out: ConflictView = { ...rest };
        const o = version('ours', ours);
        const t = version('theirs', theirs);
        if (o) out.ours = o;
        if (t) out.theirs = t;
        return out;
      }
      case 'operations':
        return { ...c, base: linesOf(input.ancestor ?? input.ours, c.base), ours: refs('ours', c.proposal, c.ours), theirs: refs('theirs', c.proposal, c.theirs) };
      case 'edit':
        if (c.entity === 'bureau') bureaus.add(c.entityId);
        return { ...c, ours: refs('ours', c.proposal, c.ours), theirs: refs('theirs', c.proposal, c.theirs) };
      case 'removed': {
        if (c.entity === 'bureau') bureaus.add(c.entityId);
        const side = c.removedBy === 'ours' ? 'theirs' : 'ours';
        return { ...c, operations: c.operations.map((o) => ({ ...refs(side, o.proposal, [o])[0]!, proposal: o.proposal })) };
      }
    }
  });
  const files = [input.ours, input.theirs, ...(input.ancestor ? [input.ancestor] : [])];
  const proposals = new Map<string, string>();
  for (const f of files) for (const scenario of f.scenarios) if (!proposals.has(scenario.id)) proposals.set(scenario.id, scenario.name);
  return {
    ancestorKnown: plan.ancestorKnown,
    ours: { title: input.ours.title },
    theirs: { title: input.theirs.title },
    conflicts,
    summary: plan.summary,
    names: namesOf(files, bureaus),
    proposals: [...proposals],
  };
}
