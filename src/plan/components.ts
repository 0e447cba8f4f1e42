// A province is solved as many small programs: two bureaus belong to one program only when a
// choice for one can change what is allowed for the other, that is when their options reach a
// common unit that some rule constrains (a zone, its offices, a capped or ranked unit, a group)
// or name one another. Rules on a unit read only that unit's bureaus (SPEC §7), so the programs
// are independent and their solutions together are a solution of the whole.
import type { Unit } from '../model';
import { type PlanContext, isBottom } from './context';
import type { Component } from './model';
import { type Option, optionsOf } from './options';

/** Whether some rule the plan keeps reads this unit's bureaus. */
export function isConstrained(context: PlanContext, unit: Unit): boolean {
  const { scope, warnings } = context;
  return (
    scope.ratioBound.has(unit.id) ||
    scope.socialFree.has(unit.id) ||
    unit.bodyCap !== undefined ||
    unit.kind === 'group' ||
    isBottom(context, unit) ||
    (warnings.has('econ-in-town') && scope.covered.has(unit.id)) ||
    warnings.has('function-duplicate')
  );
}

export function componentsOf(context: PlanContext, candidates: readonly string[]): Component[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const constrained = new Map<string, boolean>();
  const isKept = (id: string) => {
    let value = constrained.get(id);
    if (value === undefined) constrained.set(id, (value = isConstrained(context, context.units.get(id)!)));
    return value;
  };
  const chosen = new Set(candidates);
  const all = candidates.map((id) => {
    const bureau = context.bureaus.get(id)!;
    return { bureau, options: optionsOf(context, bureau) };
  });
  const reached = (o: Option): string[] => [
    ...(o.entity ? [o.entity.unit] : []),
    ...o.gifts.map((g) => context.bureaus.get(g.to)!.unit),
  ];
  for (const { bureau, options } of all) {
    find(bureau.unit);
    for (const o of options) {
      for (const unit of reached(o)) if (isKept(unit)) union(bureau.unit, unit);
      for (const gift of o.gifts) if (chosen.has(gift.to)) union(bureau.unit, context.bureaus.get(gift.to)!.unit);
    }
  }
  const byRoot = new Map<string, Component>();
  for (const entry of all) {
    const root = find(entry.bureau.unit);
    let component = byRoot.get(root);
    if (!component) byRoot.set(root, (component = { bureaus: [], units: [] }));
    component.bureaus.push(entry);
  }
  for (const component of byRoot.values()) {
    const units = new Set<string>();
    for (const { bureau, options } of component.bureaus) {
      if (isKept(bureau.unit)) units.add(bureau.unit);
      for (const o of options) for (const unit of reached(o)) if (isKept(unit)) units.add(unit);
    }
    component.units = context.state.units.filter((u) => units.has(u.id)).map((u) => u.id);
  }
  return [...byRoot.values()];
}
