// A file is valid only if every scenario's operations apply in order (SPEC §3, §5): the parser
// reads the shape, and here each scenario is played over the baseline to find the first refusal.
import { translateEngine } from '../i18n/engine';
import {
  type FileError,
  type Operation,
  type OrgState,
  type ScenarioFile,
  ErrorList,
  boundedErrors,
  noteVersionTwoRules,
} from '../model';
import { type ReadablePart, parseScenarioFile } from '../model/parse';
import { type ApplyContext, type Refusal, applyOperation } from './apply';
import { baselineOf, contextOf, playOperations } from './play';
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

export { type PlayResult, baselineOf, contextOf, playOperations } from './play';

export type LoadResult = { ok: true; loaded: LoadedFile } | { ok: false; errors: FileError[] };

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
    // a list of refusals cut short ends with how many more there were
    ...(refusal.more === undefined ? {} : { more: refusal.more }),
  };
}

/** A parsed file → every scenario played, or the refusals (each scenario's first refused operation). */
export function loadParsedFile(file: ScenarioFile): LoadResult {
  const context = contextOf(file);
  const baseline = baselineOf(file);
  const scenarios: OrgState[] = [];
  const errors = new ErrorList();
  file.scenarios.forEach((scenario, scenarioIndex) => {
    const played = playOperations(baseline, scenario.operations, context);
    if (played.ok) scenarios.push(played.state);
    else for (const refusal of played.refusals) errors.add(refusalError(scenarioIndex, scenario.name, played.index, refusal));
  });
  return errors.length > 0 ? { ok: false, errors: noteVersionTwoRules(errors.toArray(), file.version) } : { ok: true, loaded: { file, context, baseline, scenarios, settings: resolveSettings(file.rules) } };
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
  const errors = new ErrorList();
  for (const { index, value: scenario } of part.scenarios) {
    let state: OrgState = { units: part.units, bureaus: part.bureaus };
    for (let at = 0; at < scenario.operations.length; at++) {
      const operation = scenario.operations[at]!;
      if (namedIds(operation).some((id) => unknown.has(id))) break;
      const result = applyOperation(state, operation, context);
      if (!result.ok) {
        for (const refusal of result.refusals) errors.add(refusalError(index, scenario.name, at, refusal));
        break;
      }
      state = result.state;
    }
  }
  return noteVersionTwoRules(errors.toArray(), part.version);
}

/** The text of a file → a loaded file, or every error found. Never throws. */
export function loadScenarioFile(text: string): LoadResult {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    if (!parsed.partial) return parsed;
    try {
      return { ok: false, errors: boundedErrors(parsed.errors, refusalsBesideErrors(parsed.partial)) };
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
