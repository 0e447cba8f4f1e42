// The change list (调整清单): one sentence per operation, in the names the user knows, read
// from the state each operation met (a move says where the bureau came from).
import { type ChangeMessage, changeMessage as message } from '../i18n/changes';
import { type Operation, type OrgState, exhaustive } from '../model';
import { type ApplyContext, applyOperation } from './apply';
import { bureauChanges, unitChanges } from './changeValues';
import { functionRef } from './rules/names';

export interface ChangeLine {
  index: number;
  op: Operation['op'];
  message: ChangeMessage;
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

// Long: one case per operation of SPEC §5, each naming what it touches with its numbers.
function describe(state: OrgState, operation: Operation, context: ApplyContext): Pick<ChangeLine, 'message' | 'bureaus' | 'units'> {
  const { findBureau, findUnit } = context.lookup;
  const bureau = (id: string) => findBureau(state, id)?.name ?? id;
  const unitOf = (id: string) => findBureau(state, id)?.unit ?? '';
  const unit = (id: string) => findUnit(state, id)?.name ?? id;
  const staff = (id: string) => {
    const b = findBureau(state, id);
    return b ? b.staff.admin + b.staff.institutional : 0;
  };
  const posts = (id: string) => findBureau(state, id)?.leaderPosts ?? 0;
  switch (operation.op) {
    case 'move': {
      const to = findUnit(state, operation.to);
      const args = { bureau: bureau(operation.bureau), from: unit(unitOf(operation.bureau)), to: unit(operation.to), staff: staff(operation.bureau), posts: posts(operation.bureau) };
      return {
        message: to?.kind === 'platform' ? message('change.toPlatform', args) : message('change.move', args),
        bureaus: [operation.bureau],
        units: [unitOf(operation.bureau), operation.to],
      };
    }
    case 'merge':
      return {
        message: message('change.merge', {
          parts: operation.bureaus.map(bureau),
          name: operation.into.name,
          unit: unit(unitOf(operation.bureaus[0] ?? '')),
          staff: operation.bureaus.reduce((n, id) => n + staff(id), 0),
          posts: Math.max(0, ...operation.bureaus.map(posts)),
          postsBefore: operation.bureaus.reduce((n, id) => n + posts(id), 0),
        }),
        bureaus: [operation.into.id],
        units: [unitOf(operation.bureaus[0] ?? '')],
      };
    case 'abolish': {
      const heir = operation.functionsTo;
      return {
        message: message('change.abolish', {
          bureau: bureau(operation.bureau),
          unit: unit(unitOf(operation.bureau)),
          staff: staff(operation.bureau),
          posts: posts(operation.bureau),
          heir: heir === undefined ? '' : bureau(heir),
          heirUnit: heir === undefined ? '' : unit(unitOf(heir)),
        }),
        bureaus: heir === undefined ? [] : [heir],
        units: [unitOf(operation.bureau)],
      };
    }
    case 'create': {
      const b = operation.bureau;
      return {
        message: message('change.create', { bureau: b.name, unit: unit(b.unit), staff: b.staff.admin + b.staff.institutional, posts: b.leaderPosts }),
        bureaus: [b.id],
        units: [b.unit],
      };
    }
    case 'set':
      return {
        message: message('change.set', { bureau: bureau(operation.bureau), unit: unit(unitOf(operation.bureau)), changes: bureauChanges(findBureau(state, operation.bureau), operation, context) }),
        bureaus: [operation.bureau],
        units: [unitOf(operation.bureau)],
      };
    case 'reassign':
      return {
        message: message('change.reassign', {
          fn: functionRef(context.functions, operation.function),
          from: bureau(operation.from),
          fromUnit: unit(unitOf(operation.from)),
          to: bureau(operation.to),
          toUnit: unit(unitOf(operation.to)),
        }),
        bureaus: [operation.from, operation.to],
        units: [unitOf(operation.from), unitOf(operation.to)],
      };
    case 'add-unit':
      return { message: message('change.addUnit', { unit: operation.unit.name, kind: operation.unit.kind }), bureaus: [], units: [operation.unit.id] };
    case 'set-unit':
      return {
        message: message('change.setUnit', { unit: unit(operation.unit), changes: unitChanges(state, findUnit(state, operation.unit), operation, context) }),
        bureaus: [],
        units: [operation.unit],
      };
    case 'remove-unit':
      return { message: message('change.removeUnit', { unit: unit(operation.unit) }), bureaus: [], units: [] };
    default:
      return exhaustive(operation);
  }
}
