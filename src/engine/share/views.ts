// What the screens of sharing show, put together where the files are loaded (the worker): each
// proposal of another file summed up with the figures it has in its own file, every operation
// said in words (the change list's sentences, read from the state the operation met), and the
// names of the units and duties the differences name. Plain data, so that it crosses to the page.
import type { Operation, Scenario, ScenarioFile } from '../../model';
import { functionCatalogue, functionRef } from '../../model';
import type { Lang } from '../../i18n';
import { type ChangeLine, describeChanges } from '../changes';
import type { Savings } from '../figures';
import { type LoadedFile, baselineOf, contextOf } from '../load';
import { buildReport } from '../report';
import type { FunctionRef } from '../../i18n/lang';

export interface ProposalSummary {
  id: string;
  name: string;
  status: NonNullable<Scenario['status']>;
  operations: number;
  /** Who made the last operation and when (format version 2), where it says. */
  by?: string;
  at?: string;
  /** Against today's organisation of its own file. */
  savings: Savings;
  errors: number;
  warnings: number;
}

/** Ids the screens show by name: units of either file, duties of either file. */
export interface Names {
  units: Array<[string, string]>;
  bureaus: Array<[string, string]>;
  functions: Array<[string, FunctionRef]>;
}

/** Each proposal of a loaded file, with its figures there. */
export function summariesOf(loaded: LoadedFile, lang: Lang): ProposalSummary[] {
  const report = buildReport(loaded, { lang });
  return loaded.file.scenarios.map((scenario, index) => {
    const figures = report.scenarios[index]!;
    const last = scenario.operations[scenario.operations.length - 1];
    const summary: ProposalSummary = {
      id: scenario.id,
      name: scenario.name,
      status: scenario.status ?? 'draft',
      operations: scenario.operations.length,
      savings: figures.savings,
      errors: figures.violations.filter((v) => v.severity === 'error').length,
      warnings: figures.violations.filter((v) => v.severity === 'warning').length,
    };
    if (last?.by !== undefined) summary.by = last.by;
    if (last?.at !== undefined) summary.at = last.at;
    return summary;
  });
}

/** One sentence per operation of `operations` played over the file's baseline (one that does not apply is said as it stands). */
export function linesOf(file: ScenarioFile, operations: readonly Operation[]): ChangeLine[] {
  return describeChanges(baselineOf(file), operations, contextOf(file));
}

/** The lines of a proposal, made once per list of operations (the same list is asked for again and again). */
export function lineBook(file: ScenarioFile): (operations: readonly Operation[]) => ChangeLine[] {
  const made = new WeakMap<readonly Operation[], ChangeLine[]>();
  return (operations) => {
    let lines = made.get(operations);
    if (!lines) made.set(operations, (lines = linesOf(file, operations)));
    return lines;
  };
}

/** The names of every unit and duty of the files, and of the bureaus asked for. */
export function namesOf(files: readonly ScenarioFile[], bureaus: Iterable<string> = []): Names {
  const units = new Map<string, string>();
  const wanted = new Set(bureaus);
  const bureauNames = new Map<string, string>();
  const functions = new Map<string, FunctionRef>();
  for (const file of files) {
    for (const unit of file.units) if (!units.has(unit.id)) units.set(unit.id, unit.name);
    if (wanted.size > 0) for (const bureau of file.bureaus) if (wanted.has(bureau.id) && !bureauNames.has(bureau.id)) bureauNames.set(bureau.id, bureau.name);
    const catalogue = functionCatalogue(file.functions);
    for (const id of catalogue.keys()) if (!functions.has(id)) functions.set(id, functionRef(catalogue, id));
  }
  // bureaus and units a proposal makes are named by the operation that makes them
  for (const file of files) {
    for (const scenario of file.scenarios) {
      for (const op of scenario.operations) {
        if (op.op === 'add-unit' && !units.has(op.unit.id)) units.set(op.unit.id, op.unit.name);
        if (op.op === 'create' && wanted.has(op.bureau.id) && !bureauNames.has(op.bureau.id)) bureauNames.set(op.bureau.id, op.bureau.name);
        if (op.op === 'merge' && wanted.has(op.into.id) && !bureauNames.has(op.into.id)) bureauNames.set(op.into.id, op.into.name);
      }
    }
  }
  return { units: [...units], bureaus: [...bureauNames], functions: [...functions] };
}
