// Bringing a colleague's proposals into the open file. Each chosen proposal is played over the open
// file's baseline: on the same baseline (baseline.ts) every operation applies and the proposal
// comes in as it is; on another, the operations that no longer apply are listed with the engine's
// reason, and the user chooses per proposal to skip them or keep the proposal aside
// (notApplied.ts). Proposal ids that clash are renamed, and each renaming is said. Nothing is
// changed until bringIn is called with the plan and the choices, and the file it returns has
// passed every check of a file being opened.
import { type FileError, type Operation, type Scenario, type ScenarioFile, fileError } from '../../model';
import { applyOperation } from '../apply';
import { type LoadedFile, refusalError } from '../load';
import { type BaselineDiff, diffBaselines, isSameBaseline } from './baseline';
import { unusedId } from './ids';
import { NOT_APPLIED_KEY, type NotApplied, type ProposalChoice, type RefusedRecord } from './notApplied';
import { validateFile } from './validate';
import { shareError } from './errors';

export interface RefusedOperation {
  /** Its place in the proposal as it came. */
  index: number;
  operation: Operation;
  /** The engine's refusals, at the operation's place in the other file, in both languages. */
  errors: FileError[];
}

export interface IncomingProposal {
  /** Its id in the other file. */
  sourceId: string;
  /** The id it takes in the open file: the same, or another where that one is taken. */
  id: string;
  /** As it came. */
  scenario: Scenario;
  /** The operations that apply over the open file's baseline, in order, the refused ones left out. */
  applying: Operation[];
  refused: RefusedOperation[];
}

export interface BringInPlan {
  from: { title: string };
  /** Units, bureaus, duties and rule numbers the same: the proposals give the reports they gave there. */
  sameBaseline: boolean;
  baseline: BaselineDiff;
  proposals: IncomingProposal[];
  renamed: Array<{ from: string; to: string }>;
}

export type PlanResult = { ok: true; plan: BringInPlan } | { ok: false; errors: FileError[] };

/** Every operation played in order over `start`; one that is refused is left out and play goes on. */
function replay(open: LoadedFile, scenario: Scenario, scenarioIndex: number): Pick<IncomingProposal, 'applying' | 'refused'> {
  const applying: Operation[] = [];
  const refused: RefusedOperation[] = [];
  let state = open.baseline;
  scenario.operations.forEach((operation, index) => {
    const result = applyOperation(state, operation, open.context);
    if (result.ok) {
      state = result.state;
      applying.push(operation);
    } else refused.push({ index, operation, errors: result.refusals.map((refusal) => refusalError(scenarioIndex, scenario.name, index, refusal)) });
  });
  return { applying, refused };
}

/** `chosen`: ids of the other file's proposals, in any order; they come in the other file's order. */
export function planBringIn(open: LoadedFile, other: ScenarioFile, chosen: readonly string[]): PlanResult {
  const known = other.scenarios.map((s) => s.id);
  const missing = chosen.filter((id) => !known.includes(id));
  if (missing.length > 0) return { ok: false, errors: missing.map((id) => shareError('$.scenarios', 'share.noProposal', { id, known })) };
  const wanted = new Set(chosen);
  const taken = new Set(open.file.scenarios.map((s) => s.id));
  const renamed: BringInPlan['renamed'] = [];
  const proposals: IncomingProposal[] = [];
  other.scenarios.forEach((scenario, index) => {
    if (!wanted.has(scenario.id)) return;
    const id = unusedId(scenario.id, taken);
    taken.add(id);
    if (id !== scenario.id) renamed.push({ from: scenario.id, to: id });
    proposals.push({ sourceId: scenario.id, id, scenario, ...replay(open, scenario, index) });
  });
  const baseline = diffBaselines(open.file, other);
  return { ok: true, plan: { from: { title: other.title }, sameBaseline: isSameBaseline(baseline), baseline, proposals, renamed } };
}

export interface BroughtIn {
  file: ScenarioFile;
  /** Ids (in the open file) of proposals sent back to draft: what was submitted or approved is no longer what they hold. */
  backToDraft: string[];
}

export type BringInResult = { ok: true; result: BroughtIn } | { ok: false; errors: FileError[] };

/** `choices`: by the other file's id, for each proposal with refused operations. */
export function bringIn(open: ScenarioFile, plan: BringInPlan, choices: ReadonlyMap<string, ProposalChoice>): BringInResult {
  const unanswered = plan.proposals.filter((p) => p.refused.length > 0 && !isChoice(choices.get(p.sourceId)));
  if (unanswered.length > 0) {
    return { ok: false, errors: unanswered.map((p) => shareError('$.scenarios', 'share.choiceMissing', { proposal: p.scenario.name, id: p.sourceId })) };
  }
  const backToDraft: string[] = [];
  const added = plan.proposals.map((p) => {
    const scenario: Scenario = { ...p.scenario, id: p.id, operations: p.applying };
    if (p.refused.length === 0) return scenario;
    const choice = choices.get(p.sourceId)!;
    const record: NotApplied = {
      from: { title: plan.from.title, scenario: p.sourceId },
      choice,
      refused: p.refused.map((r) => ({ index: r.index, operation: r.operation, reasons: r.errors.map(reasonOf) })),
    };
    if (choice === 'keepAside') {
      record.operations = p.scenario.operations;
      scenario.operations = [];
    } else if (scenario.status === 'submitted' || scenario.status === 'approved') {
      // what was submitted or approved is not what the proposal now holds
      delete scenario.status;
      backToDraft.push(p.id);
    }
    if (p.scenario.meta === undefined) record.withoutMeta = true;
    scenario.meta = { ...p.scenario.meta, [NOT_APPLIED_KEY]: record };
    return scenario;
  });
  const checked = validateFile({ ...open, scenarios: [...open.scenarios, ...added] });
  return checked.ok ? { ok: true, result: { file: checked.file, backToDraft } } : checked;
}

function isChoice(value: unknown): value is ProposalChoice {
  return value === 'skip' || value === 'keepAside';
}

function reasonOf(error: FileError): RefusedRecord['reasons'][number] {
  return { code: error.code, zh: error.message.zh, en: error.message.en };
}
