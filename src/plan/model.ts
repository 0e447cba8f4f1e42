// One component's integer program. Variables: x[b,o] = 1 when bureau b takes option o (binary,
// exactly one per bureau); m[h] ≥ x[c, absorb into h] counts one merge per host; y[r,f] marks a
// receiver that comes to hold duty f (duplicate rule only). For every unit u the component
// touches, the figures after the plan are linear in x (SPEC §6):
//   I(u) = internal bodies, E(u) = economic internal bodies, P(u) = bureaus' leader posts
// and each rule of SPEC §7 the plan acts on is a linear row, tagged with the item it comes from
// (a rule on a unit or bureau, or a lock) so that an infeasible program can name its conflict:
//   econ-ratio          E(u) − min·I(u) ≥ 0                       (null share, I = 0, passes too)
//   body-cap            I(u) ≤ cap
//   rank-bottom-growth  I(u) ≤ I_baseline(u),  P(u) + own posts ≤ posts_baseline(u)
//   social-in-zone      Σ x over options leaving a social duty in a zone that may hold none = 0
//   group-staffed       Σ x over options leaving a body in a group = 0
//   econ-in-town        (when asked) as social-in-zone, for economic duties in a covered town
//   function-duplicate  (when asked) holders of f in u ≤ 1
// Objective (minimised): fewest-changes = W·changes + pref; most-staff-saved =
// −W'·staffSaved + W·changes + pref, W and W' large enough that each term only breaks ties of
// the one before it.
import type { Bureau } from '../model';
import { type PlanContext, isBottom } from './context';
import type { Option } from './options';
import type { Objective } from './types';

export interface Row {
  item?: string;
  terms: Map<string, number>;
  min?: number;
  max?: number;
}

export interface Program {
  rows: Row[];
  binaries: string[];
  continuous: string[];
  objective: Map<string, number>;
  /** x variable → the option it stands for */
  choice: Map<string, Option>;
  /** every item that tags a row, in the order first met */
  items: string[];
}

export interface Component {
  /** candidate bureaus, in the state's order, each with its options (keep first) */
  bureaus: Array<{ bureau: Bureau; options: Option[] }>;
  /** the units whose rows the program holds */
  units: string[];
}

export const ruleItem = (rule: string, subject: string) => `rule:${rule}:${subject}`;
export const lockItem = (id: string) => `lock:${id}`;

class Builder {
  rows: Row[] = [];
  items: string[] = [];
  private seen = new Set<string>();
  add(terms: Map<string, number>, bounds: { min?: number; max?: number }, item?: string): void {
    if (item !== undefined && !this.seen.has(item)) {
      this.seen.add(item);
      this.items.push(item);
    }
    this.rows.push({ terms, ...bounds, ...(item === undefined ? {} : { item }) });
  }
  /** One row per item: Σ of its variables ≤ 0 (each a forbidden choice). */
  forbid(groups: Map<string, Set<string>>): void {
    for (const [item, vars] of groups) if (vars.size > 0) this.add(new Map([...vars].map((v) => [v, 1])), { max: 0 }, item);
  }
}

function pushTo(groups: Map<string, Set<string>>, item: string, variable: string): void {
  let set = groups.get(item);
  if (!set) groups.set(item, (set = new Set()));
  set.add(variable);
}

const add = (terms: Map<string, number>, v: string, c: number) => {
  if (c !== 0) terms.set(v, (terms.get(v) ?? 0) + c);
};

// Long: the integer program of one component is built in one pass (variables, then each rule's constraints) over shared maps.
export function buildProgram(context: PlanContext, component: Component, objective: Objective): Program {
  const b = new Builder();
  const choice = new Map<string, Option>();
  const keepOf = new Map<string, string>();
  const candidate = new Set(component.bureaus.map((c) => c.bureau.id));
  const entries: Array<{ v: string; o: Option; bureau: Bureau }> = [];
  component.bureaus.forEach(({ bureau, options }, i) => {
    const assign = new Map<string, number>();
    options.forEach((o, k) => {
      const v = `x${i}_${k}`;
      choice.set(v, o);
      entries.push({ v, o, bureau });
      assign.set(v, 1);
      if (o.kind === 'keep') keepOf.set(bureau.id, v);
    });
    b.add(assign, { min: 1, max: 1 });
  });
  const continuous: string[] = [];
  const { scope, locks, warnings } = context;
  const forbidden = new Map<string, Set<string>>();

  // a receiver (heir, host, strip receiver) must stay as it is; merges counted once per host
  const hosts = new Map<string, string>();
  for (const { v, o } of entries) {
    for (const gift of o.gifts) {
      const keep = keepOf.get(gift.to);
      if (keep) b.add(new Map([[v, 1], [keep, -1]]), { max: 0 });
    }
    if (o.kind === 'absorb') {
      let m = hosts.get(o.target!);
      if (!m) {
        m = `m${hosts.size}`;
        hosts.set(o.target!, m);
        continuous.push(m);
      }
      b.add(new Map([[m, 1], [v, -1]]), { min: 0 });
    }
  }

  // the figures of each unit after the plan, and the rules on them
  for (const unitId of component.units) {
    const unit = context.units.get(unitId)!;
    const I = new Map<string, number>();
    const E = new Map<string, number>();
    const P = new Map<string, number>();
    let ic = 0;
    let ec = 0;
    let pc = 0;
    for (const other of context.byUnit.get(unitId) ?? []) {
      if (candidate.has(other.id)) continue;
      if (other.type === 'internal') {
        ic++;
        if (other.category === 'economic') ec++;
      }
      pc += other.leaderPosts;
    }
    for (const { v, o } of entries) {
      const e = o.entity;
      if (!e || e.unit !== unitId) continue;
      if (e.type === 'internal') {
        add(I, v, 1);
        if (e.category === 'economic') add(E, v, 1);
      }
      add(P, v, e.posts);
    }
    if (scope.ratioBound.has(unitId)) {
      const row = new Map<string, number>();
      for (const [v, c] of E) add(row, v, c);
      for (const [v, c] of I) add(row, v, -scope.min * c);
      b.add(row, { min: -(ec - scope.min * ic) - 1e-9 }, ruleItem('econ-ratio', unitId));
    }
    if (unit.bodyCap !== undefined) b.add(new Map(I), { max: unit.bodyCap - ic }, ruleItem('body-cap', unitId));
    if (isBottom(context, unit)) {
      const before = context.baseline(unitId)!;
      const own = unit.jointWith === undefined ? (unit.leaderPosts ?? 0) : 0;
      b.add(new Map(I), { max: before.internalBodies - ic }, ruleItem('rank-bottom-growth', unitId));
      b.add(new Map(P), { max: before.leaderPosts - own - pc }, ruleItem('rank-bottom-growth', unitId));
    }
    const socialFree = scope.socialFree.has(unitId);
    const econFree = warnings.has('econ-in-town') && scope.covered.has(unitId);
    const category = (fn: string) => context.functions.get(fn)?.category;
    for (const { v, o, bureau } of entries) {
      if (o.entity?.unit === unitId) {
        if (socialFree && o.entity.functions.some((fn) => category(fn) === 'social')) pushTo(forbidden, ruleItem('social-in-zone', bureau.id), v);
        if (econFree && o.entity.functions.some((fn) => category(fn) === 'economic')) pushTo(forbidden, ruleItem('econ-in-town', bureau.id), v);
        if (unit.kind === 'group') pushTo(forbidden, ruleItem('group-staffed', unitId), v);
      }
      for (const gift of o.gifts) {
        if (context.bureaus.get(gift.to)?.unit !== unitId) continue;
        if (socialFree && gift.functions.some((fn) => category(fn) === 'social')) pushTo(forbidden, ruleItem('social-in-zone', gift.to), v);
        if (econFree && gift.functions.some((fn) => category(fn) === 'economic')) pushTo(forbidden, ruleItem('econ-in-town', gift.to), v);
      }
    }
    if (warnings.has('function-duplicate')) duplicateRows(context, b, entries, unitId, candidate, continuous);
  }
  b.forbid(forbidden);

  // locks
  const locked = new Map<string, Set<string>>();
  for (const id of locks.ids) {
    const lockedUnit = context.units.has(id);
    const keeps = new Map<string, number>();
    for (const { v, o, bureau } of entries) {
      const mine = lockedUnit ? bureau.unit === id : bureau.id === id;
      if (mine && o.kind === 'keep') keeps.set(v, 1);
      if (lockedUnit && !mine && o.entity?.unit === id) pushTo(locked, lockItem(id), v);
      for (const gift of o.gifts) if (lockedUnit ? context.bureaus.get(gift.to)?.unit === id : gift.to === id) pushTo(locked, lockItem(id), v);
    }
    if (keeps.size > 0) b.add(keeps, { min: keeps.size }, lockItem(id));
  }
  b.forbid(locked);
  const kinds = new Map<string, Set<string>>();
  for (const { v, o } of entries) {
    if (o.kind === 'abolish' && locks.noAbolitions) pushTo(kinds, 'no-abolitions', v);
    if (o.kind === 'hand-over' && locks.noHandOvers) pushTo(kinds, 'no-hand-overs', v);
  }
  b.forbid(kinds);

  return {
    rows: b.rows,
    binaries: entries.map((e) => e.v),
    continuous,
    objective: objectiveOf(component, entries, [...hosts.values()], objective),
    choice,
    items: b.items,
  };
}

/** holders of each duty in the unit ≤ 1, for the duties that two bodies could hold after the plan */
function duplicateRows(
  context: PlanContext,
  b: Builder,
  entries: ReadonlyArray<{ v: string; o: Option; bureau: Bureau }>,
  unitId: string,
  candidate: ReadonlySet<string>,
  continuous: string[],
): void {
  const terms = new Map<string, Map<string, number>>();
  const constants = new Map<string, number>();
  const term = (fn: string) => {
    let t = terms.get(fn);
    if (!t) terms.set(fn, (t = new Map()));
    return t;
  };
  for (const other of context.byUnit.get(unitId) ?? []) {
    if (candidate.has(other.id)) continue;
    for (const fn of other.functions) constants.set(fn, (constants.get(fn) ?? 0) + 1);
  }
  for (const { v, o } of entries) if (o.entity?.unit === unitId) for (const fn of o.entity.functions) add(term(fn), v, 1);
  // a receiver that does not hold the duty yet comes to hold it when any gift of it arrives
  const arriving = new Map<string, string[]>();
  for (const { v, o } of entries) {
    for (const gift of o.gifts) {
      const receiver = context.bureaus.get(gift.to);
      if (receiver?.unit !== unitId) continue;
      for (const fn of gift.functions) {
        if (receiver.functions.includes(fn)) continue;
        const key = `${receiver.id}\u0000${fn}`;
        const list = arriving.get(key);
        if (list) list.push(v);
        else arriving.set(key, [v]);
      }
    }
  }
  for (const [key, vars] of arriving) {
    const [, fn] = key.split('\u0000') as [string, string];
    const y = `y${continuous.length}`;
    continuous.push(y);
    for (const v of vars) b.add(new Map([[y, 1], [v, -1]]), { min: 0 });
    add(term(fn), y, 1);
  }
  for (const [fn, t] of terms) {
    const constant = constants.get(fn) ?? 0;
    if (t.size + constant < 2) continue;
    b.add(t, { max: 1 - constant }, ruleItem('function-duplicate', `${unitId}/${fn}`));
  }
  for (const [fn, constant] of constants) if (constant >= 2 && !terms.has(fn)) b.add(new Map(), { max: 1 - constant }, ruleItem('function-duplicate', `${unitId}/${fn}`));
}

function objectiveOf(component: Component, entries: ReadonlyArray<{ v: string; o: Option }>, hosts: string[], objective: Objective): Map<string, number> {
  let maxPref = 0;
  let maxChanges = hosts.length;
  for (const { options } of component.bureaus) {
    maxPref += Math.max(...options.map((o) => o.pref));
    maxChanges += Math.max(...options.map((o) => o.cost));
  }
  const w = maxPref + 1;
  const wStaff = w * (maxChanges + 1) + maxPref + 1;
  const out = new Map<string, number>();
  for (const { v, o } of entries) {
    add(out, v, o.cost * w + o.pref - (objective === 'most-staff-saved' ? o.staffSaved * wStaff : 0));
  }
  for (const m of hosts) add(out, m, w);
  return out;
}

/**
 * Keeps a bureau's identity: it is merged with nothing and takes no duty or heir's share (it may
 * still move, hand duties away or be abolished). A bureau whose problem is allowed to stay is
 * held so, or the problem would come back under a merged body's new id, which the engine would
 * rightly report as a new error.
 */
export function freeze(program: Program, bureau: string): void {
  const row = new Map<string, number>();
  for (const [v, o] of program.choice) if ((o.bureau === bureau && o.kind === 'absorb') || o.gifts.some((g) => g.to === bureau)) row.set(v, 1);
  if (row.size > 0) program.rows.push({ terms: row, max: 0 });
}
