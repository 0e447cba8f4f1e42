// What an edit of a bureau or a unit changes, field by field, before → after: the change list says
// "编制 14 → 8", not "调整 … 的编制". Plain data (names already read), put into words by the catalogue.
import type { ChangeValue, FieldChange } from '../i18n/changeWords';
import type { Bureau, OrgState, SetOperation, SetUnitOperation, Unit } from '../model';
import { functionRef } from './rules/names';
import type { ApplyContext } from './apply';

export type { ChangeValue, FieldChange };

/**
 * The fields an edit may change, in the order SPEC §3 lists them: the change list says them in this
 * order whatever the order of the keys in the file (the target and the record, note, doc, by and
 * at, are not among them).
 */
const BUREAU_FIELDS = ['name', 'type', 'category', 'functions', 'staff', 'leaderPosts'] as const;
const UNIT_FIELDS = ['name', 'kind', 'level', 'governance', 'partyCommittee', 'parent', 'territory', 'developedTown', 'leaderPosts', 'leaderPostCap', 'bodyCap', 'jointWith', 'rank'] as const;

/** What an absent optional field of a unit means (SPEC §3): no posts, no Party committee, not a developed town. */
const UNIT_DEFAULTS: Readonly<Record<string, ChangeValue>> = { leaderPosts: 0, partyCommittee: false, developedTown: false };

/** The fields a `set` changes, each before → after; a field set to what it was is left out. */
export function bureauChanges(bureau: Bureau | undefined, operation: SetOperation, context: ApplyContext): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of BUREAU_FIELDS) {
    const value = operation[field];
    if (value === undefined) continue;
    if (field === 'functions') {
      const before = bureau?.functions ?? [];
      const after = value as string[];
      const added = after.filter((id) => !before.includes(id)).map((id) => functionRef(context.functions, id));
      const removed = before.filter((id) => !after.includes(id)).map((id) => functionRef(context.functions, id));
      if (added.length > 0 || removed.length > 0) changes.push({ field, added, removed });
      continue;
    }
    const from = (bureau?.[field as keyof Bureau] ?? null) as ChangeValue;
    if (JSON.stringify(from) !== JSON.stringify(value)) changes.push({ field, from, to: value as ChangeValue });
  }
  return changes;
}

/**
 * The fields a `set-unit` changes, before → after; units named by their names. A field the
 * operation clears with `null` (format 2) is marked so: "职数限额 9 → 无（移除）".
 */
export function unitChanges(state: OrgState, unit: Unit | undefined, operation: SetUnitOperation, context: ApplyContext): FieldChange[] {
  const name = (id: unknown) => (typeof id === 'string' ? (context.lookup.findUnit(state, id)?.name ?? id) : null);
  const shown = (field: string, value: unknown): ChangeValue => {
    if (value === undefined || value === null) return null;
    if (field === 'parent' || field === 'jointWith') return name(value);
    if (field === 'territory') return (value as string[]).map((id) => name(id) ?? id);
    return value as ChangeValue;
  };
  const changes: FieldChange[] = [];
  for (const field of UNIT_FIELDS) {
    const value: unknown = operation[field];
    if (value === undefined) continue;
    const from = shown(field, unit?.[field] ?? UNIT_DEFAULTS[field]);
    const to = shown(field, value);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push(value === null ? { field, from, to, cleared: true } : { field, from, to });
  }
  return changes;
}
