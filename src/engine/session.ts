// The engine as a long-lived session: it keeps the open file and each scenario's states, so
// callers send only what changed (an operation), never the whole file again. This is the API the
// worker exposes; every argument and answer is plain data.
import type { Lang } from '../i18n';
import { type FileError, type Operation, type OrgState, type ScenarioFile, type ScenarioStatus, checkOperation } from '../model';
import { describeFileErrors } from '../model/describe';
import { parseValue } from '../model/parse';
import { applyOperation } from './apply';
import { type LoadResult, type LoadedFile, loadParsedFile, loadScenarioFile, refusalError } from './load';
import { createEvaluator } from './evaluator';
import { type Report, buildReport } from './report';
import type { RuleSettingsResolved } from './rules';
import { type ChangeLine, describeChanges } from './changes';
import { type AdjustmentRow, adjustmentTable } from './diff';
import { type SavingsBreakdown, savingsBreakdown } from './breakdown';
import { type PatchStep, diffValues } from './patch';

/** The report of a file and its rule settings resolved (the views draw the economic-share minimum). */
type Reported = { report: Report; token: string; settings: RuleSettingsResolved };
export type OpenReply = ({ ok: true; file: ScenarioFile } & Reported) | { ok: false; errors: FileError[] };
/**
 * After a step of the file (an operation appended or taken back, today's organisation edited): the new report, or, when the caller said which report it holds (`base`) and it
 * is the last one sent, only the steps from that report to the new one. `token` names the new one.
 */
export type StepReply =
  | ({ ok: true } & Reported)
  | { ok: true; patch: PatchStep[]; token: string; settings: RuleSettingsResolved }
  | { ok: false; errors: FileError[] };

/**
 * A session, named `name`: the tokens that name its reports begin with it, so a caller that speaks
 * to several sessions in turn (a worker replaced by a new one) must name each differently.
 */
// Long only as the worker's whole API over one session's state; each method is a few lines.
export function createSession(name = 'session') {
  let loaded: LoadedFile | undefined;
  /** per scenario id: the state after 0, 1, … n operations, so undo is a step back, not a replay */
  const history = new Map<string, OrgState[]>();
  // each scenario's savings breakdown, by its operations (the same file only: emptied on open)
  let breakdowns = new WeakMap<readonly Operation[], SavingsBreakdown>();
  // what makes a report after a drop fast: the states evaluated last, and how each came about
  let evaluator = createEvaluator();
  // the last whole report sent, and how many were sent: the next is named from the count
  let sent: { token: string; report: Report } | undefined;
  let sentCount = 0;

  function send(report: Report): { report: Report; token: string } {
    sent = { token: `${name}:${sentCount++}`, report };
    return sent;
  }

  /** The report of the file held now, from the session's own evaluator. */
  const reportIn = (lang: Lang, scenario?: string) => buildReport(loaded!, { lang, scenario }, evaluator);

  /** The report after a change, as steps from the one the caller holds when that is the last sent. */
  function reportAfterStep(lang: Lang, base: string | undefined): StepReply {
    const before = sent;
    const next = send(reportIn(lang));
    const { settings } = loaded!;
    if (base === undefined || before?.token !== base) return { ok: true, ...next, settings };
    return { ok: true, patch: diffValues(before.report, next.report), token: next.token, settings };
  }

  function adopt(result: LoadResult, lang: Lang): OpenReply {
    if (!result.ok) return result;
    loaded = result.loaded;
    history.clear();
    breakdowns = new WeakMap();
    evaluator = createEvaluator();
    return { ok: true, file: loaded.file, ...send(reportIn(lang)), settings: loaded.settings };
  }

  function scenarioIndex(id: string): number {
    return loaded ? loaded.file.scenarios.findIndex((scenario) => scenario.id === id) : -1;
  }

  function statesOf(index: number): OrgState[] {
    const { file, baseline, context } = loaded!;
    const scenario = file.scenarios[index]!;
    let states = history.get(scenario.id);
    if (!states) {
      states = [baseline];
      for (const operation of scenario.operations) {
        const result = applyOperation(states[states.length - 1]!, operation, context);
        if (!result.ok) break; // cannot happen: a loaded file's scenarios all apply
        states.push(result.state);
      }
      history.set(scenario.id, states);
    }
    return states;
  }

  function replaceScenario(index: number, operations: Operation[], state: OrgState): void {
    const file = loaded!.file;
    const scenarios = file.scenarios.map((s, i) => (i === index ? { ...s, operations } : s));
    const states = loaded!.scenarios.map((s, i) => (i === index ? state : s));
    loaded = { ...loaded!, file: { ...file, scenarios }, scenarios: states };
  }

  return {
    /** The file as loaded, for the planner beside this session in the same thread. */
    loadedFile(): LoadedFile | undefined {
      return loaded;
    },
    /** Opens the text of a file; on any error the session keeps what it had. */
    open(text: string, lang: Lang): OpenReply {
      const result = loadScenarioFile(text);
      // a refused file's errors name what they are about, in words its reader knows
      return adopt(result.ok ? result : { ok: false, errors: describeFileErrors(result.errors, text) }, lang);
    },
    /** Opens a file already parsed (restored from storage): it is checked again all the same. */
    openFile(file: unknown, lang: Lang): OpenReply {
      const parsed = parseValue(file);
      return adopt(parsed.ok ? loadParsedFile(parsed.file) : parsed, lang);
    },
    report(lang: Lang, scenario?: string): Report | undefined {
      return loaded && reportIn(lang, scenario);
    },
    /** The whole report, named for later changes to be sent as steps from it. */
    namedReport(lang: Lang): { report: Report; token: string } | undefined {
      return loaded && send(reportIn(lang));
    },
    /** The change list of a scenario: one line per operation. */
    changes(scenarioId: string): ChangeLine[] {
      const index = scenarioIndex(scenarioId);
      if (!loaded || index < 0) return [];
      return describeChanges(loaded.baseline, loaded.file.scenarios[index]!.operations, loaded.context, statesOf(index));
    },
    /** What a scenario changes, bureau by bureau (调整对照表). */
    adjustments(scenarioId: string): AdjustmentRow[] {
      const index = scenarioIndex(scenarioId);
      if (!loaded || index < 0) return [];
      return adjustmentTable(loaded.baseline, loaded.file.scenarios[index]!.operations, loaded.context, loaded.scenarios[index]);
    },
    /** Where each scenario's savings come from, by source (the kind of operation); a Map: a proposal may be called `__proto__`. */
    breakdowns(): Map<string, SavingsBreakdown> {
      const out = new Map<string, SavingsBreakdown>();
      loaded?.file.scenarios.forEach((scenario, index) => {
        // a scenario's operations are a new array whenever they change: until then its breakdown stands
        let breakdown = breakdowns.get(scenario.operations);
        if (!breakdown) {
          breakdown = savingsBreakdown(loaded!.baseline, scenario.operations, loaded!.context, statesOf(index));
          breakdowns.set(scenario.operations, breakdown);
        }
        out.set(scenario.id, breakdown);
      });
      return out;
    },
    /** Appends one operation to a scenario; a refused one changes nothing and says why. */
    append(scenarioId: string, operation: Operation, lang: Lang, base?: string): StepReply {
      const index = scenarioIndex(scenarioId);
      if (!loaded || index < 0) return { ok: false, errors: [] };
      const states = statesOf(index);
      const scenario = loaded.file.scenarios[index]!;
      // what a file could not hold is refused here too (SPEC §3): the app builds operations itself
      const path = `$.scenarios[${index}].operations[${scenario.operations.length}]`;
      const checked = checkOperation(operation, path);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      const result = applyOperation(states[states.length - 1]!, checked.operation, loaded.context);
      if (!result.ok) {
        return { ok: false, errors: result.refusals.map((r) => refusalError(index, scenario.name, scenario.operations.length, r)) };
      }
      evaluator.derived(result.state, states[states.length - 1]!, result.effect);
      states.push(result.state);
      replaceScenario(index, [...scenario.operations, checked.operation], result.state);
      return reportAfterStep(lang, base);
    },
    /**
     * Applies an operation to today's organisation and plays every scenario again over it. Refused,
     * or when a scenario no longer applies, it changes nothing and says why.
     */
    editBaseline(operation: Operation, lang: Lang, base?: string): StepReply {
      if (!loaded) return { ok: false, errors: [] };
      const checked = checkOperation(operation, '$');
      if (!checked.ok) return { ok: false, errors: checked.errors };
      const result = applyOperation(loaded.baseline, checked.operation, loaded.context);
      if (!result.ok) return { ok: false, errors: result.refusals.map((refusal) => ({ ...refusal, path: '$' })) };
      const reloaded = loadParsedFile({ ...loaded.file, units: result.state.units, bureaus: result.state.bureaus });
      if (!reloaded.ok) return reloaded;
      loaded = reloaded.loaded;
      history.clear();
      breakdowns = new WeakMap();
      evaluator = createEvaluator();
      return reportAfterStep(lang, base);
    },
    /** Sets the document number and note of an operation (they change no figure). */
    setRecord(scenarioId: string, index: number, record: { doc?: string; note?: string }): boolean {
      const at = scenarioIndex(scenarioId);
      const operation = loaded?.file.scenarios[at]?.operations[index];
      if (!loaded || !operation) return false;
      const next: Operation = { ...operation };
      for (const key of ['doc', 'note'] as const) {
        if (!(key in record)) continue;
        const value = record[key];
        if (value === undefined || value === '') delete next[key];
        else next[key] = value;
      }
      const operations = loaded.file.scenarios[at]!.operations.map((op, i) => (i === index ? next : op));
      replaceScenario(at, operations, loaded.scenarios[at]!);
      return true;
    },
    /** Sets a scenario's status (SPEC §3): kept with the file; no figure or rule depends on it. */
    setStatus(scenarioId: string, status: ScenarioStatus): boolean {
      const at = scenarioIndex(scenarioId);
      if (!loaded || at < 0) return false;
      const scenarios = loaded.file.scenarios.map((s, i) => {
        if (i !== at) return s;
        const { status: _old, ...rest } = s;
        // a draft is written as the file said it: no `status` (SPEC §3: absent means draft)
        return status === 'draft' ? rest : { ...rest, status };
      });
      loaded = { ...loaded, file: { ...loaded.file, scenarios } };
      return true;
    },
    /** Drops the last `count` operations of a scenario (undo). */
    truncate(scenarioId: string, count: number, lang: Lang, base?: string): StepReply {
      const index = scenarioIndex(scenarioId);
      if (!loaded || index < 0) return { ok: false, errors: [] };
      const states = statesOf(index);
      const keep = Math.max(0, loaded.file.scenarios[index]!.operations.length - count);
      states.length = keep + 1;
      replaceScenario(index, loaded.file.scenarios[index]!.operations.slice(0, keep), states[keep]!);
      return reportAfterStep(lang, base);
    },
  };
}

export type EngineSession = ReturnType<typeof createSession>;
