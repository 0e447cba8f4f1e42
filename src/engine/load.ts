// A file is valid only if every scenario's operations apply in order (SPEC §3, §5): the parser
// reads the shape, and here each scenario is played over the baseline to find the first refusal.
import { translateEngine } from '../i18n/engine';
import {
  type FileError,
  type Operation,
  type OrgState,
  type ReadablePart,
  type ScenarioFile,
  functionCatalogue,
  noteVersionTwoRules,
  parseScenarioFile,
} from '../model';
import { type ApplyContext, type Refusal, applyOperation } from './apply';
import { createLookup } from './lookup';
import { type RuleSettingsResolved, resolveSettings } from './rules/types';

export interface LoadedFile {
  file: ScenarioFile;
  context: ApplyContext;
  baseline: OrgState;
  /** Each scenario's state after its operations, in file order. */
  scenarios: OrgState[];
  /** The file's rule settings over SPEC §7's defaults, resolved once. */
  settings: RuleSettingsResolved;
}

export type LoadResult = { ok: true; loaded: LoadedFile } | { ok: false; errors: FileError[] };

/** What applying operations to the file's states needs: its duties, and a new index of positions. */
export function contextOf(file: Pick<ScenarioFile, 'functions'>): ApplyContext {
  return { functions: functionCatalogue(file.functions), lookup: createLookup() };
}

export function baselineOf(file: ScenarioFile): OrgState {
  return { units: file.units, bureaus: file.bureaus };
}

export type PlayResult = { ok: true; state: OrgState } | { ok: false; index: number; refusals: Refusal[] };

/** Applies the operations in order; stops at the first that is refused. */
export function playOperations(start: OrgState, operations: readonly Operation[], context: ApplyContext): PlayResult {
  let state = start;
  for (let index = 0; index < operations.length; index++) {
    const result = applyOperation(state, operations[index]!, context);
    if (!result.ok) return { ok: false, index, refusals: result.refusals };
    state = result.state;
  }
  return { ok: true, state };
}

/** The error for an operation that cannot be applied: its path, and the reasons in both languages. */
export function refusalError(scenarioIndex: number, scenarioName: string, operationIndex: number, refusal: Refusal): FileError {
  const args = { scenario: scenarioName, index: operationIndex };
  return {
    path: `$.scenarios[${scenarioIndex}].operations[${operationIndex}]`,
    code: refusal.code,
    message: {
      zh: translateEngine('zh', 'op.at', { ...args, detail: refusal.message.zh }),
      en: translateEngine('en', 'op.at', { ...args, detail: refusal.message.en }),
    },
  };
}

/** A parsed file → every scenario played, or the refusals (each scenario's first refused operation). */
export function loadParsedFile(file: ScenarioFile): LoadResult {
  const context = contextOf(file);
  const baseline = baselineOf(file);
  const scenarios: OrgState[] = [];
  const errors: FileError[] = [];
  file.scenarios.forEach((scenario, scenarioIndex) => {
    const played = playOperations(baseline, scenario.operations, context);
    if (played.ok) scenarios.push(played.state);
    else errors.push(...played.refusals.map((refusal) => refusalError(scenarioIndex, scenario.name, played.index, refusal)));
  });
  return errors.length > 0 ? { ok: false, errors: noteVersionTwoRules(errors, file.version) } : { ok: true, loaded: { file, context, baseline, scenarios, settings: resolveSettings(file.rules) } };
}

/** The ids an operation names (bureaus and units), to know whether it can be judged. */
function namedIds(operation: Operation): string[] {
  switch (operation.op) {
    case 'move':
      return [operation.bureau, operation.to];
    case 'merge':
      return operation.bureaus;
    case 'abolish':
      return operation.functionsTo === undefined ? [operation.bureau] : [operation.bureau, operation.functionsTo];
    case 'create':
      return [operation.bureau.unit];
    case 'set':
      return [operation.bureau];
    case 'reassign':
      return [operation.from, operation.to];
    case 'add-unit':
      return [operation.unit.parent, operation.unit.jointWith, ...(operation.unit.territory ?? [])].filter((id): id is string => id !== undefined);
    case 'set-unit':
      return [operation.unit, operation.parent, operation.jointWith, ...(operation.territory ?? [])].filter((id): id is string => typeof id === 'string');
    case 'remove-unit':
      return [operation.unit];
  }
}

/**
 * Beside errors elsewhere in a file, the operations are still played over what did read, so that
 * a refused operation is reported in the same pass; a scenario stops unjudged at the first
 * operation that names something that is there but did not read.
 */
function refusalsBesideErrors(part: ReadablePart): FileError[] {
  const context = contextOf(part);
  const unknown = new Set([...part.unreadable.units, ...part.unreadable.bureaus]);
  const errors: FileError[] = [];
  for (const { index, value: scenario } of part.scenarios) {
    let state: OrgState = { units: part.units, bureaus: part.bureaus };
    for (let at = 0; at < scenario.operations.length; at++) {
      const operation = scenario.operations[at]!;
      if (namedIds(operation).some((id) => unknown.has(id))) break;
      const result = applyOperation(state, operation, context);
      if (!result.ok) {
        errors.push(...result.refusals.map((refusal) => refusalError(index, scenario.name, at, refusal)));
        break;
      }
      state = result.state;
    }
  }
  return noteVersionTwoRules(errors, part.version);
}

/** The text of a file → a loaded file, or every error found. Never throws. */
export function loadScenarioFile(text: string): LoadResult {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    if (!parsed.partial) return parsed;
    try {
      return { ok: false, errors: [...parsed.errors, ...refusalsBesideErrors(parsed.partial)] };
    } catch {
      return { ok: false, errors: parsed.errors };
    }
  }
  try {
    return loadParsedFile(parsed.file);
  } catch (error) {
    return { ok: false, errors: [{ path: '$', code: 'file.notJson', message: { zh: `内部错误：${String(error)}`, en: `Internal error: ${String(error)}` } }] };
  }
}
