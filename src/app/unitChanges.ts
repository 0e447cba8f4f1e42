// What the unit dialog's form means as an operation: a `set-unit` with only the fields that
// changed, and `null` for an optional field the form removes (SPEC §5, v2): joint running ends, a
// cap or a rank is dropped, a town stops being a developed town, an office loses its parent zone or
// its territory. A field no unit may lack is never cleared here; the engine says why a form that
// leaves one out (a zone made a town keeps its governance) cannot be applied.
import { CLEARABLE_UNIT_FIELDS, type ClearableUnitField, type SetUnitOperation, type Unit } from '../model';
import { sameValue } from '../engine/share/canonical';

/** The unit's fields a form may change, in the file's order (SPEC §3). */
const FIELDS = [
  'name', 'kind', 'level', 'governance', 'partyCommittee', 'parent', 'territory', 'developedTown', 'leaderPosts', 'leaderPostCap', 'bodyCap', 'jointWith', 'rank',
] as const satisfies ReadonlyArray<Exclude<keyof Unit, 'id'>>;

type Field = (typeof FIELDS)[number];

const isClearable = (field: Field): field is ClearableUnitField => (CLEARABLE_UNIT_FIELDS as readonly string[]).includes(field);

/** A field as it counts: absent flags are false, absent posts are 0, an empty territory is none. */
function effective(unit: Unit, field: Field): unknown {
  const value = unit[field];
  if (field === 'partyCommittee' || field === 'developedTown') return value === true;
  if (field === 'leaderPosts') return value ?? 0;
  if (field === 'territory') return Array.isArray(value) && value.length > 0 ? value : undefined;
  return value;
}

/**
 * The `set-unit` that makes `before` into `after` (the same unit as the form now describes it), or
 * undefined when the form changes nothing.
 */
export function unitChanges(before: Unit, after: Unit): SetUnitOperation | undefined {
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const was = effective(before, field);
    const now = effective(after, field);
    if (sameValue(was, now)) continue;
    // gone, or back to its default: removed where SPEC lets null remove it, else given as it is now
    const gone = now === undefined || now === false;
    if (gone && isClearable(field)) changes[field] = null;
    else if (now !== undefined) changes[field] = after[field] ?? now;
  }
  return Object.keys(changes).length === 0 ? undefined : ({ op: 'set-unit', unit: before.id, ...changes } as SetUnitOperation);
}

/** The optional fields a unit has now that the dialog offers to remove (SPEC §5 `null`), in the file's order. */
export function removableFields(unit: Unit): ClearableUnitField[] {
  return FIELDS.filter(isClearable).filter((field) => {
    const value = effective(unit, field);
    return value !== undefined && value !== false;
  });
}
