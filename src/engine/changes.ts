// The change list (调整清单): one sentence per operation, in the names the user knows, read
// from the state each operation met (a move says where the bureau came from).
import { type EngineMessage, engineMessage as message } from '../i18n/engine';
import { type Operation, type OrgState, exhaustive } from '../model';
import { type ApplyContext, applyOperation } from './apply';
import { functionRef } from './rules/names';

export interface ChangeLine {
  index: number;
  op: Operation['op'];
  message: EngineMessage;
  /** Ids the line is about, so that the app can show them. */
  bureaus: string[];
  units: string[];
  doc?: string;
  note?: string;
  /** who proposed it and when (v2) */
  by?: string;
  at?: string;
}

/**
 * `states`, when the caller keeps them, holds the state before each operation (a session keeps
 * them for undo): then nothing is replayed.
 */
export function describeChanges(start: OrgState, operations: readonly Operation[], context: ApplyContext, states?: readonly OrgState[]): ChangeLine[] {
  const lines: ChangeLine[] = [];
  let state = start;
  operations.forEach((operation, index) => {
    const before = states?.[index] ?? state;
    const { doc, note, by, at } = operation;
    lines.push({ index, op: operation.op, ...describe(before, operation, context), doc, note, by, at });
    if (states?.[index + 1]) {
      state = states[index + 1]!;
      return;
    }
    const next = applyOperation(before, operation, context);
    if (next.ok) state = next.state;
  });
  return lines;
}

function describe(state: OrgState, operation: Operation, context: ApplyContext): Pick<ChangeLine, 'message' | 'bureaus' | 'units'> {
  const { findBureau, findUnit } = context.lookup;
  const bureau = (id: string) => findBureau(state, id)?.name ?? id;
  const unitOf = (id: string) => findBureau(state, id)?.unit ?? '';
  const unit = (id: string) => findUnit(state, id)?.name ?? id;
  switch (operation.op) {
    case 'move': {
      const to = findUnit(state, operation.to);
      const args = { bureau: bureau(operation.bureau), from: unit(unitOf(operation.bureau)), to: unit(operation.to) };
      return {
        message: to?.kind === 'platform' ? message('change.toPlatform', args) : message('change.move', args),
        bureaus: [operation.bureau],
        units: [unitOf(operation.bureau), operation.to],
      };
    }
    case 'merge':
      return {
        message: message('change.merge', { parts: operation.bureaus.map(bureau), name: operation.into.name, unit: unit(unitOf(operation.bureaus[0] ?? '')) }),
        bureaus: [operation.into.id],
        units: [unitOf(operation.bureaus[0] ?? '')],
      };
    case 'abolish':
      return {
        message: message('change.abolish', { bureau: bureau(operation.bureau), unit: unit(unitOf(operation.bureau)), heir: operation.functionsTo === undefined ? '' : bureau(operation.functionsTo) }),
        bureaus: operation.functionsTo === undefined ? [] : [operation.functionsTo],
        units: [unitOf(operation.bureau)],
      };
    case 'create':
      return { message: message('change.create', { bureau: operation.bureau.name, unit: unit(operation.bureau.unit) }), bureaus: [operation.bureau.id], units: [operation.bureau.unit] };
    case 'set': {
      const { op: _op, bureau: id, note: _n, doc: _d, by: _b, at: _a, ...fields } = operation;
      return { message: message('change.set', { bureau: bureau(id), fields: Object.keys(fields) }), bureaus: [id], units: [unitOf(id)] };
    }
    case 'reassign':
      return {
        message: message('change.reassign', { fn: functionRef(context.functions, operation.function), from: bureau(operation.from), to: bureau(operation.to) }),
        bureaus: [operation.from, operation.to],
        units: [unitOf(operation.from), unitOf(operation.to)],
      };
    case 'add-unit':
      return { message: message('change.addUnit', { unit: operation.unit.name, kind: operation.unit.kind }), bureaus: [], units: [operation.unit.id] };
    case 'set-unit': {
      const { op: _op, unit: id, note: _n, doc: _d, by: _b, at: _a, ...fields } = operation;
      const keys = Object.keys(fields) as Array<keyof typeof fields>;
      const changed = keys.filter((key) => fields[key] !== null);
      const cleared = keys.filter((key) => fields[key] === null);
      const text =
        cleared.length > 0
          ? message('change.setUnitClearing', { unit: unit(id), fields: changed, cleared })
          : message('change.setUnit', { unit: unit(id), fields: changed });
      return { message: text, bureaus: [], units: [id] };
    }
    case 'remove-unit':
      return { message: message('change.removeUnit', { unit: unit(operation.unit) }), bureaus: [], units: [] };
    default:
      return exhaustive(operation);
  }
}
