// The planner's move space: for each bureau it may change, the few things that can be done with
// it (one of which is chosen), each as the operations it takes and what it leaves where. Every
// option is an operation of SPEC §5; the choice among them is the integer program's (model.ts).
//
// - keep: nothing changes
// - move: a social or general body of a zone or office goes back to a town or street of its
//   territory; an economic body of a town or street comes into a zone or office covering it; a
//   body of a coordination group goes where it came from or where its duties are
// - hand-over: an economic (market-type) body of a zone or office goes to a company platform
// - abolish: the body is abolished and its duties go to one heir (functionsTo)
// - absorb: the body is merged into another of its unit, of the same type and category, whose
//   leader posts are at least its own (so the merged body keeps the host's posts and category)
// - strip: the body stays and hands the duties that break a rule to bodies that hold them
// - reclassify: an internal body whose duties include economic ones and no social one is
//   classed as economic (set category)
import type { Bureau, Category, Unit } from '../model';
import { type PlanContext, dutiesOf, hostLocals } from './context';

export type OptionKind = 'keep' | 'move' | 'hand-over' | 'abolish' | 'absorb' | 'strip' | 'reclassify';

export interface Gift {
  to: string;
  functions: string[];
}

/** What a bureau is after its option: where it stands, as what. */
export interface Entity {
  unit: string;
  type: Bureau['type'];
  category: Category;
  functions: readonly string[];
  posts: number;
}

export interface Option {
  kind: OptionKind;
  bureau: string;
  /** move / hand-over: where to; abolish: the heir; absorb: the host */
  target?: string;
  /** strip: which duty goes to which bureau */
  gifts: Gift[];
  entity: Entity | null;
  /** operations it takes (an absorb's merge is counted once per host, in the program) */
  cost: number;
  /** a small preference among plans of equal worth: gentler changes and better-matched places first */
  pref: number;
  /** staff that leave the establishment (abolished, or handed to a platform) */
  staffSaved: number;
}

const staffOf = (b: Bureau) => b.staff.admin + b.staff.institutional;

function entityOf(bureau: Bureau, unit: string, changes: Partial<Entity> = {}): Entity {
  return { unit, type: bureau.type, category: bureau.category, functions: bureau.functions, posts: bureau.leaderPosts, ...changes };
}

/** How many of `duties` the unit's bureaus hold (to send a body where its work already is). */
function holdsOf(context: PlanContext, unit: string, duties: readonly string[]): number {
  let count = 0;
  for (const b of context.byUnit.get(unit) ?? []) for (const fn of duties) if (b.functions.includes(fn)) count++;
  return count;
}

/** `candidates` best first: most of `duties` already there, then as listed. */
export function rankedPlaces(context: PlanContext, candidates: readonly string[], duties: readonly string[]): string[] {
  return candidates
    .map((id, index) => ({ id, index, holds: holdsOf(context, id, duties) }))
    .sort((a, b) => b.holds - a.holds || a.index - b.index)
    .map((entry) => entry.id);
}

/** The bureau of `unit` to receive duty `fn`: one that holds it, else one of `category`, else the first. */
export function receiverIn(context: PlanContext, unit: string, fn: string, category: Category, except?: string): Bureau | undefined {
  const bureaus = (context.byUnit.get(unit) ?? []).filter((b) => b.id !== except);
  return bureaus.find((b) => b.functions.includes(fn)) ?? bureaus.find((b) => b.category === category) ?? bureaus[0];
}

/** The platform a zone or office hands bodies to: the one whose id shares the longest beginning with the zone's. */
export function platformFor(context: PlanContext, unit: Unit): string | undefined {
  const zone = unit.kind === 'office' && unit.parent !== undefined ? unit.parent : unit.id;
  let best: { id: string; shared: number } | undefined;
  for (const candidate of context.state.units) {
    if (candidate.kind !== 'platform') continue;
    let shared = 0;
    while (shared < zone.length && zone[shared] === candidate.id[shared]) shared++;
    if (!best || shared > best.shared) best = { id: candidate.id, shared };
  }
  return best?.id;
}

function gives(context: PlanContext, duties: readonly string[], unit: string, category: Category, except: string): Gift[] | undefined {
  const gifts: Gift[] = [];
  for (const fn of duties) {
    const receiver = receiverIn(context, unit, fn, category, except);
    if (!receiver) return undefined;
    const gift = gifts.find((g) => g.to === receiver.id);
    if (gift) gift.functions.push(fn);
    else gifts.push({ to: receiver.id, functions: [fn] });
  }
  return gifts;
}

const option = (o: Omit<Option, 'gifts' | 'staffSaved' | 'pref' | 'cost'> & Partial<Option>): Option => ({
  gifts: [],
  staffSaved: 0,
  pref: 0,
  cost: 1,
  ...o,
});

/** Every option of one bureau, `keep` first. */
export function optionsOf(context: PlanContext, bureau: Bureau): Option[] {
  const unit = context.units.get(bureau.unit)!;
  const options: Option[] = [option({ kind: 'keep', bureau: bureau.id, entity: entityOf(bureau, unit.id), cost: 0 })];
  const social = dutiesOf(context, bureau, 'social');
  const economic = dutiesOf(context, bureau, 'economic');
  if (unit.kind === 'zone' || unit.kind === 'office') managementOptions(context, bureau, unit, social, economic, options);
  else if (unit.kind === 'group') groupOptions(context, bureau, unit, options);
  else if (unit.kind === 'town' || unit.kind === 'street') localOptions(context, bureau, unit, social, economic, options);
  if (context.warnings.has('function-duplicate')) duplicateOptions(context, bureau, options);
  return options;
}

function managementOptions(context: PlanContext, bureau: Bureau, unit: Unit, social: string[], economic: string[], options: Option[]): void {
  const locals = rankedPlaces(context, hostLocals(context, unit), social.length > 0 ? social : bureau.functions);
  if (bureau.category !== 'economic') {
    locals.forEach((local, rank) => options.push(option({ kind: 'move', bureau: bureau.id, target: local, entity: entityOf(bureau, local), pref: rank })));
  } else {
    const platform = platformFor(context, unit);
    if (platform) options.push(option({ kind: 'hand-over', bureau: bureau.id, target: platform, entity: entityOf(bureau, platform), pref: 2, staffSaved: staffOf(bureau) }));
  }
  const heir = heirOf(context, bureau, unit, social, locals);
  if (heir) options.push(option({ kind: 'abolish', bureau: bureau.id, target: heir, gifts: [{ to: heir, functions: [...bureau.functions] }], entity: null, pref: 3, staffSaved: staffOf(bureau) }));
  absorbOptions(context, bureau, options);
  const socialFree = context.scope.socialFree.has(unit.id);
  if (socialFree && social.length > 0 && social.length < bureau.functions.length && locals[0]) {
    const gifts = gives(context, social, locals[0], 'social', bureau.id);
    const kept = bureau.functions.filter((fn) => !social.includes(fn));
    if (gifts) options.push(option({ kind: 'strip', bureau: bureau.id, gifts, entity: entityOf(bureau, unit.id, { functions: kept }), cost: social.length }));
  }
  if (bureau.type === 'internal' && bureau.category !== 'economic' && economic.length > 0 && social.length === 0 && context.scope.ratioBound.has(unit.id)) {
    options.push(option({ kind: 'reclassify', bureau: bureau.id, entity: entityOf(bureau, unit.id, { category: 'economic' }), pref: 2 }));
  }
}

/** Who takes an abolished body's duties: a town or street for social ones in a zone that may hold none, else a body of its own unit and category. */
function heirOf(context: PlanContext, bureau: Bureau, unit: Unit, social: string[], locals: string[]): string | undefined {
  if (social.length > 0 && context.scope.socialFree.has(unit.id)) {
    const local = locals[0];
    return local ? receiverIn(context, local, social[0]!, 'social')?.id : undefined;
  }
  const peers = (context.byUnit.get(unit.id) ?? []).filter((b) => b.id !== bureau.id && b.category === bureau.category);
  const shared = (b: Bureau) => b.functions.filter((fn) => bureau.functions.includes(fn)).length;
  return [...peers].sort((a, b) => shared(b) - shared(a))[0]?.id;
}

function absorbOptions(context: PlanContext, bureau: Bureau, options: Option[]): void {
  const at = context.order.get(bureau.id)!;
  for (const host of context.byUnit.get(bureau.unit) ?? []) {
    if (host.id === bureau.id || host.type !== bureau.type || host.category !== bureau.category) continue;
    const larger = host.leaderPosts > bureau.leaderPosts || (host.leaderPosts === bureau.leaderPosts && context.order.get(host.id)! < at);
    if (!larger) continue;
    options.push(option({ kind: 'absorb', bureau: bureau.id, target: host.id, gifts: [{ to: host.id, functions: [...bureau.functions] }], entity: null, cost: 0, pref: 1 }));
  }
}

function groupOptions(context: PlanContext, bureau: Bureau, unit: Unit, options: Option[]): void {
  const places = context.state.units.filter((u) => u.id !== unit.id && u.kind !== 'group' && u.kind !== 'platform').map((u) => u.id);
  const ranked = rankedPlaces(context, places, bureau.functions).slice(0, 2);
  const before = context.loaded.baseline.bureaus.find((b) => b.id === bureau.id)?.unit;
  const destinations = [...new Set([...(before !== undefined && before !== unit.id && context.units.get(before)?.kind !== 'group' && context.units.has(before) ? [before] : []), ...ranked])];
  destinations.forEach((to, rank) => options.push(option({ kind: 'move', bureau: bureau.id, target: to, entity: entityOf(bureau, to), pref: rank })));
  if (bureau.category === 'economic') {
    const platform = platformFor(context, unit);
    if (platform) options.push(option({ kind: 'hand-over', bureau: bureau.id, target: platform, entity: entityOf(bureau, platform), pref: 2, staffSaved: staffOf(bureau) }));
  }
}

function localOptions(context: PlanContext, bureau: Bureau, unit: Unit, social: string[], economic: string[], options: Option[]): void {
  const covering = context.coveredBy.get(unit.id) ?? [];
  if (covering.length === 0) return;
  if (bureau.category === 'economic' && social.length === 0) {
    rankedPlaces(context, covering, bureau.functions).forEach((to, rank) =>
      options.push(option({ kind: 'move', bureau: bureau.id, target: to, entity: entityOf(bureau, to), pref: rank })),
    );
  }
  if (context.warnings.has('econ-in-town') && economic.length > 0 && context.scope.covered.has(unit.id)) {
    const zone = rankedPlaces(context, covering, economic)[0]!;
    const gifts = gives(context, economic, zone, 'economic', bureau.id);
    const kept = bureau.functions.filter((fn) => !economic.includes(fn));
    if (gifts) options.push(option({ kind: 'strip', bureau: bureau.id, gifts, entity: entityOf(bureau, unit.id, { functions: kept }), cost: economic.length }));
  }
}

/** A duty held twice in one unit: every holder but the first may hand it to the first. */
function duplicateOptions(context: PlanContext, bureau: Bureau, options: Option[]): void {
  const peers = context.byUnit.get(bureau.unit) ?? [];
  const gifts: Gift[] = [];
  for (const fn of bureau.functions) {
    const first = peers.find((b) => b.functions.includes(fn));
    if (!first || first.id === bureau.id) continue;
    const gift = gifts.find((g) => g.to === first.id);
    if (gift) gift.functions.push(fn);
    else gifts.push({ to: first.id, functions: [fn] });
  }
  if (gifts.length === 0) return;
  const given = new Set(gifts.flatMap((g) => g.functions));
  const kept = bureau.functions.filter((fn) => !given.has(fn));
  options.push(option({ kind: 'strip', bureau: bureau.id, gifts, entity: entityOf(bureau, bureau.unit, { functions: kept }), cost: given.size }));
}
