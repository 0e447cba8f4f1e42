// The before/after story of a proposal: the units it touches, each with one slot per bureau that
// is in it on either side, in the same place on both sides (today's bureaus in today's order, then
// those that arrive). A bureau that leaves stays as a ghost where it was, saying where it went;
// one that arrives says where it came from. Read from the two states and the adjustment table.
import type { AdjustmentRow } from '../../engine';
import type { Bureau, OrgState, Unit, UnitKind } from '../../model';

/** What happens to a bureau, seen from the unit it is (or was) in. */
export type SlotChange =
  | { kind: 'same' }
  | { kind: 'edited' }
  | { kind: 'leaves'; to: string; platform: boolean }
  | { kind: 'abolished' }
  | { kind: 'mergedAway'; into: string }
  | { kind: 'arrives'; from: string; platform: boolean; edited: boolean }
  | { kind: 'created' }
  | { kind: 'merged'; from: string[] };

export interface StorySlot {
  id: string;
  /** The bureau in this unit today, and in the proposal (undefined where it is not there on that side). */
  before?: Bureau;
  after?: Bureau;
  change: SlotChange;
}

export interface StoryUnit {
  id: string;
  before?: Unit;
  after?: Unit;
  slots: StorySlot[];
}

const KIND_ORDER: Record<UnitKind, number> = { zone: 0, office: 1, town: 2, street: 2, platform: 3, group: 4 };

/**
 * The units to show: with `all`, every unit; otherwise those the proposal touches (a bureau arrives,
 * leaves, changes or goes; the unit itself is added, removed or edited).
 */
export function storyUnits(before: OrgState, after: OrgState, rows: readonly AdjustmentRow[], options: { all?: boolean } = {}): StoryUnit[] {
  const unitsBefore = new Map(before.units.map((u) => [u.id, u]));
  const unitsAfter = new Map(after.units.map((u) => [u.id, u]));
  const bureausAfter = new Map(after.bureaus.map((b) => [b.id, b]));
  const row = new Map(rows.map((r) => [r.bureau, r]));
  // a bureau merged away: the name of the bureau it went into
  const mergedInto = new Map<string, string>();
  for (const r of rows) if (r.change === 'merged') for (const id of r.mergedFrom ?? []) mergedInto.set(id, r.name);
  const touched = new Set<string>();
  for (const r of rows) {
    if (r.unitBefore) touched.add(r.unitBefore);
    if (r.unitAfter) touched.add(r.unitAfter);
  }
  for (const unit of [...before.units, ...after.units]) {
    const a = unitsBefore.get(unit.id);
    const b = unitsAfter.get(unit.id);
    if (!a || !b || (a !== b && JSON.stringify(a) !== JSON.stringify(b))) touched.add(unit.id);
  }
  const order = [...before.units, ...after.units.filter((u) => !unitsBefore.has(u.id))]
    .filter((u) => options.all || touched.has(u.id))
    .map((u, index) => ({ u, index }))
    .sort((x, y) => KIND_ORDER[x.u.kind] - KIND_ORDER[y.u.kind] || x.index - y.index)
    .map((x) => x.u);

  return order.map((unit) => {
    const slots: StorySlot[] = [];
    const seen = new Set<string>();
    for (const bureau of before.bureaus) {
      if (bureau.unit !== unit.id) continue;
      seen.add(bureau.id);
      const r = row.get(bureau.id);
      const now = r?.change === 'created' || r?.change === 'merged' ? undefined : bureausAfter.get(bureau.id);
      const stays = now?.unit === unit.id ? now : undefined;
      let change: SlotChange = { kind: 'same' };
      if (mergedInto.has(bureau.id)) change = { kind: 'mergedAway', into: mergedInto.get(bureau.id)! };
      else if (!now) change = { kind: 'abolished' };
      else if (!stays) change = { kind: 'leaves', to: now.unit, platform: unitsAfter.get(now.unit)?.kind === 'platform' };
      else if (r) change = { kind: 'edited' };
      slots.push({ id: bureau.id, before: bureau, after: stays, change });
    }
    for (const bureau of after.bureaus) {
      if (bureau.unit !== unit.id || seen.has(bureau.id)) continue;
      const r = row.get(bureau.id);
      let change: SlotChange;
      if (r?.change === 'merged') change = { kind: 'merged', from: (r.mergedFrom ?? []).map((id) => before.bureaus.find((b) => b.id === id)?.name ?? id) };
      else if (r?.change === 'created' || !r?.unitBefore) change = { kind: 'created' };
      else {
        const was = before.bureaus.find((b) => b.id === bureau.id);
        const edited = was !== undefined && JSON.stringify({ ...was, unit: bureau.unit }) !== JSON.stringify(bureau);
        change = { kind: 'arrives', from: r.unitBefore, platform: unitsBefore.get(r.unitBefore)?.kind === 'platform', edited };
      }
      slots.push({ id: bureau.id, after: bureau, change });
    }
    return { id: unit.id, before: unitsBefore.get(unit.id), after: unitsAfter.get(unit.id), slots };
  });
}
