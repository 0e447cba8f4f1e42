// What an operation does to which bureau or unit, to find where two people's changes meet: both
// set the same field of the same bureau, or one removes what the other touches, or both make an
// id. Read from the operation alone (SPEC §5), so it needs no state.
import { type Operation, RECORD_FIELDS } from '../../../model';

export type Entity = 'bureau' | 'unit';

export type Touch =
  | { entity: Entity; id: string; effect: 'write'; field: string }
  | { entity: Entity; id: string; effect: 'remove' | 'create' | 'name' };

const NOT_WRITTEN: ReadonlySet<string> = new Set<string>(['op', 'bureau', 'unit', ...RECORD_FIELDS]);

/** The fields a `set` or `set-unit` changes. */
export function writtenFields(operation: Operation): string[] {
  return Object.keys(operation).filter((key) => !NOT_WRITTEN.has(key) && (operation as unknown as Record<string, unknown>)[key] !== undefined);
}

/** Units a unit's fields name (SPEC §3 references); a field cleared with `null` (v2) names none. */
function unitsNamed(fields: { parent?: unknown; jointWith?: unknown; territory?: unknown }): string[] {
  const out: string[] = [];
  if (typeof fields.parent === 'string') out.push(fields.parent);
  if (typeof fields.jointWith === 'string') out.push(fields.jointWith);
  // one by one: a territory of a few hundred thousand names would overflow a spread call
  if (Array.isArray(fields.territory)) for (const id of fields.territory) if (typeof id === 'string') out.push(id);
  return out;
}

export function touchesOf(operation: Operation): Touch[] {
  const write = (entity: Entity, id: string, field: string): Touch => ({ entity, id, effect: 'write', field });
  const bureau = (id: string, effect: 'remove' | 'create' | 'name'): Touch => ({ entity: 'bureau', id, effect });
  const unit = (id: string, effect: 'remove' | 'create' | 'name'): Touch => ({ entity: 'unit', id, effect });
  switch (operation.op) {
    case 'move':
      return [write('bureau', operation.bureau, 'unit'), unit(operation.to, 'name')];
    case 'merge':
      return [...operation.bureaus.map((id) => bureau(id, 'remove')), bureau(operation.into.id, 'create')];
    case 'abolish':
      return [bureau(operation.bureau, 'remove'), ...(operation.functionsTo === undefined ? [] : [write('bureau', operation.functionsTo, 'functions')])];
    case 'create':
      return [bureau(operation.bureau.id, 'create'), unit(operation.bureau.unit, 'name')];
    case 'set':
      return writtenFields(operation).map((field) => write('bureau', operation.bureau, field));
    case 'reassign':
      return [write('bureau', operation.from, 'functions'), write('bureau', operation.to, 'functions')];
    case 'add-unit':
      return [unit(operation.unit.id, 'create'), ...unitsNamed(operation.unit).map((id) => unit(id, 'name'))];
    case 'set-unit':
      return [...writtenFields(operation).map((field) => write('unit', operation.unit, field)), ...unitsNamed(operation).map((id) => unit(id, 'name'))];
    case 'remove-unit':
      return [unit(operation.unit, 'remove')];
  }
}

/** Ids an operation brings into being: what later operations of the same list may name. */
export function createdBy(operation: Operation): Array<{ entity: Entity; id: string }> {
  return touchesOf(operation).filter((t) => t.effect === 'create');
}

export function entityKey(entity: Entity, id: string): string {
  return `${entity}:${id}`;
}
