// What a fix or a suggested plan does to the figures, before → after, as the assistant shows it
// before anything is applied. A fix: the whole area's staff, bodies and leader posts where they
// change, then each zone and office it touches — its own staff, bodies and posts where they
// change, and its economic share always (the figure a fix is most often for). A plan: the area's
// totals always, staff handed to platforms when that changes, and the share of each zone and
// office whose share changes. Pure; the numbers are the engine's (the planner replays every fix
// and plan with it).
import type { Metrics, UnitMetrics } from '../engine/figures';
import type { Unit } from '../model';
import type { FixFigures } from '../plan/fixes';

export type EffectFigure = 'staff' | 'bodies' | 'leaderPosts' | 'released' | 'economicRatio';

export interface Effect {
  figure: EffectFigure;
  before: number | null;
  after: number | null;
}

/** The effects on the whole area, or on one zone or office. */
export interface EffectGroup {
  unit?: { id: string; name: string };
  effects: Effect[];
}

type Figures = Record<'staff' | 'bodies' | 'leaderPosts' | 'released', number>;

const AREA: ReadonlyArray<keyof Figures> = ['staff', 'bodies', 'leaderPosts', 'released'];
const UNIT: ReadonlyArray<'staff' | 'bodies' | 'leaderPosts'> = ['staff', 'bodies', 'leaderPosts'];

const own = (units: Readonly<Record<string, UnitMetrics | undefined>>, id: string) => (Object.hasOwn(units, id) ? units[id] : undefined);
const zonal = (units: readonly Unit[]) => units.filter((u) => u.kind === 'zone' || u.kind === 'office');

/** A fix's effect: the planner gives the area's totals and the figures of the units it touches. */
export function fixEffects(before: FixFigures, after: FixFigures, units: readonly Unit[]): EffectGroup[] {
  const area = AREA.filter((f) => before[f] !== after[f]).map((figure) => ({ figure, before: before[figure], after: after[figure] }));
  const groups: EffectGroup[] = [{ effects: area }];
  for (const unit of zonal(units)) {
    const was = own(before.units, unit.id);
    const now = own(after.units, unit.id);
    if (!was || !now) continue;
    const effects: Effect[] = UNIT.filter((f) => was[f] !== now[f]).map((figure) => ({ figure, before: was[figure], after: now[figure] }));
    effects.push({ figure: 'economicRatio', before: was.economicRatio, after: now.economicRatio });
    groups.push({ unit: { id: unit.id, name: unit.name }, effects });
  }
  return groups;
}

/** A suggestion's effect: the figures of the state it starts from, and the engine's after the plan. */
export function planEffects(before: Metrics, after: Metrics, units: readonly Unit[]): EffectGroup[] {
  const total = (m: Metrics): Figures => ({ staff: m.staff.total, bodies: m.bodies.total, leaderPosts: m.leaderPosts, released: m.released });
  const [b, a] = [total(before), total(after)];
  const area = AREA.filter((f) => f !== 'released' || b[f] !== a[f]).map((figure) => ({ figure, before: b[figure], after: a[figure] }));
  const groups: EffectGroup[] = [{ effects: area }];
  for (const unit of zonal(units)) {
    const was = own(before.units, unit.id)?.economicRatio;
    const now = own(after.units, unit.id)?.economicRatio;
    if (was === undefined || now === undefined || was === now) continue;
    groups.push({ unit: { id: unit.id, name: unit.name }, effects: [{ figure: 'economicRatio', before: was, after: now }] });
  }
  return groups;
}

/** Which way a figure went; undefined when one side has no share (a zone left without internal bodies). */
export function direction(effect: Effect): 'down' | 'up' | 'same' | undefined {
  const { before, after } = effect;
  if (before === null || after === null) return before === after ? 'same' : undefined;
  return after < before ? 'down' : after > before ? 'up' : 'same';
}
