// SPEC §6 and §7 (format version 2) written again, as plainly as the page says them, to check the
// engine against. Slow and simple on purpose: no shared lookups, no incremental anything.
import type { Bureau, FunctionDef, Operation, OrgState, RuleSettings, Unit } from '../../src/model';
import { BUILT_IN_FUNCTIONS } from '../../src/model';
import { type Finding, type Violation, subjectText } from '../../src/engine';

export interface ReferenceUnitFigures {
  bodies: number;
  internalBodies: number;
  staff: number;
  leaderPosts: number;
  economicRatio: number | null;
}

export interface ReferenceMetrics {
  bodies: { internal: number; institution: number; total: number };
  staff: { admin: number; institutional: number; total: number };
  leaderPosts: number;
  released: number;
  units: Map<string, ReferenceUnitFigures>;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function referenceMetrics(state: OrgState): ReferenceMetrics {
  const kindOf = (unitId: string) => state.units.find((u) => u.id === unitId)?.kind;
  const establishment = state.bureaus.filter((b) => kindOf(b.unit) !== 'platform');
  const onPlatforms = state.bureaus.filter((b) => kindOf(b.unit) === 'platform');
  const internal = establishment.filter((b) => b.type === 'internal').length;
  const institution = establishment.filter((b) => b.type === 'institution').length;
  const admin = sum(establishment.map((b) => b.staff.admin));
  const institutional = sum(establishment.map((b) => b.staff.institutional));
  const ownPosts = (u: Unit) => (u.jointWith === undefined ? (u.leaderPosts ?? 0) : 0);
  const units = new Map<string, ReferenceUnitFigures>();
  for (const unit of state.units) {
    const held = state.bureaus.filter((b) => b.unit === unit.id);
    const heldInternal = held.filter((b) => b.type === 'internal');
    const economic = heldInternal.filter((b) => b.category === 'economic').length;
    const ratioKind = unit.kind === 'zone' || unit.kind === 'office';
    units.set(unit.id, {
      bodies: held.length,
      internalBodies: heldInternal.length,
      staff: sum(held.map((b) => b.staff.admin + b.staff.institutional)),
      leaderPosts: ownPosts(unit) + sum(held.map((b) => b.leaderPosts)),
      economicRatio: ratioKind && heldInternal.length > 0 ? economic / heldInternal.length : null,
    });
  }
  return {
    bodies: { internal, institution, total: internal + institution },
    staff: { admin, institutional, total: admin + institutional },
    leaderPosts:
      sum(establishment.map((b) => b.leaderPosts)) +
      sum(state.units.filter((u) => u.kind !== 'platform' && u.jointWith === undefined).map((u) => u.leaderPosts ?? 0)),
    released: sum(onPlatforms.map((b) => b.staff.admin + b.staff.institutional)),
    units,
  };
}

export interface Breach {
  rule: string;
  severity: 'error' | 'warning';
  subject: string;
}

/** `rule|subject|severity`, sorted: violations compared without their messages, subjects as SPEC §7 writes them. */
export function breachKeys(violations: ReadonlyArray<Breach | Finding | Violation>): string[] {
  return violations.map((v) => `${v.rule}|${typeof v.subject === 'string' ? v.subject : subjectText(v.subject)}|${v.severity}`).sort();
}

export function referenceBreaches(
  state: OrgState,
  baseline: OrgState | undefined,
  ownFunctions: readonly FunctionDef[] | undefined,
  rules: RuleSettings | undefined,
): Breach[] {
  const categoryOf = (fn: string) =>
    (ownFunctions ?? []).find((f) => f.id === fn)?.category ?? BUILT_IN_FUNCTIONS.find((f) => f.id === fn)?.category;
  const economicRatioMin = rules?.economicRatioMin ?? 0.6;
  const rewardTopN = rules?.rewardTopN ?? 3;
  const bottomN = rules?.bottomN ?? 2;
  const figures = referenceMetrics(state).units;
  const unitOf = (id: string) => state.units.find((u) => u.id === id);
  // §7 (v2): "lies in some zone's or office's territory"
  const inTerritory = (id: string) => state.units.some((z) => (z.kind === 'zone' || z.kind === 'office') && (z.territory ?? []).includes(id));
  // §6 (v2): a zone's own governance; an office's parent zone's, or separated without a parent
  const governance = (unit: Unit): string | undefined => {
    if (unit.kind === 'zone') return unit.governance;
    if (unit.kind !== 'office') return undefined;
    return unit.parent === undefined ? 'separated' : unitOf(unit.parent)?.governance;
  };
  const out: Breach[] = [];
  const add = (rule: string, severity: Breach['severity'], subject: string) => out.push({ rule, severity, subject });

  for (const unit of state.units) {
    const own = figures.get(unit.id)!;
    const held = state.bureaus.filter((b) => b.unit === unit.id);
    const ratio = own.economicRatio;
    if (governance(unit) === 'separated' && ratio !== null && ratio < economicRatioMin) add('econ-ratio', 'error', unit.id);
    const fns = new Set(held.flatMap((b) => b.functions));
    for (const fn of fns) if (held.filter((b) => b.functions.includes(fn)).length >= 2) add('function-duplicate', 'warning', `${unit.id}/${fn}`);
    if (unit.bodyCap !== undefined && own.internalBodies > unit.bodyCap) add('body-cap', 'error', unit.id);
    if (unit.leaderPostCap !== undefined && (unit.leaderPosts ?? 0) > unit.leaderPostCap) add('leader-cap', 'error', unit.id);
    // "an office that has a parent which is a zone without partyCommittee: true"
    if (unit.kind === 'office' && unit.parent !== undefined) {
      const parent = unitOf(unit.parent);
      if (!(parent?.kind === 'zone' && parent.partyCommittee === true)) add('park-parent', 'error', unit.id);
    }
    if (unit.kind === 'town' && unit.developedTown === true && inTerritory(unit.id)) add('town-overlap', 'warning', unit.id);
    // "a group holds any bureau, or has leaderPosts > 0"
    if (unit.kind === 'group' && (held.length > 0 || (unit.leaderPosts ?? 0) > 0)) add('group-staffed', 'error', unit.id);
  }
  for (const bureau of state.bureaus) {
    const unit = unitOf(bureau.unit);
    if (!unit) continue;
    const carries = (category: string) => bureau.functions.some((fn) => categoryOf(fn) === category);
    if (governance(unit) === 'separated' && carries('social')) {
      add('social-in-zone', 'error', bureau.id);
    }
    if ((unit.kind === 'town' || unit.kind === 'street') && inTerritory(unit.id) && carries('economic')) add('econ-in-town', 'warning', bureau.id);
  }
  if (baseline) {
    const carriedNow = new Set(state.bureaus.flatMap((b) => b.functions));
    for (const fn of new Set(baseline.bureaus.flatMap((b) => b.functions))) if (!carriedNow.has(fn)) add('function-lost', 'error', fn);
    const before = referenceMetrics(baseline).units;
    for (const unit of state.units) {
      if ((unit.kind !== 'zone' && unit.kind !== 'office') || !unit.rank) continue;
      if (!baseline.units.some((u) => u.id === unit.id)) continue;
      const was = before.get(unit.id)!;
      const is = figures.get(unit.id)!;
      const moreBodies = is.internalBodies > was.internalBodies;
      const morePosts = is.leaderPosts > was.leaderPosts;
      const cut = is.internalBodies < was.internalBodies || is.leaderPosts < was.leaderPosts;
      const bottom = unit.rank.position > unit.rank.of - bottomN;
      const top = unit.rank.position <= rewardTopN;
      if (bottom && (moreBodies || morePosts)) add('rank-bottom-growth', 'error', unit.id);
      if (bottom && !cut) add('rank-bottom-no-cut', 'warning', unit.id);
      // v2: "more internalBodies than in the baseline (whatever its rank), or more unit leaderPosts while not in the top"
      if (!bottom && (moreBodies || (morePosts && !top))) add('rank-growth-unearned', 'warning', unit.id);
    }
  }
  return out;
}

/** SPEC §5 for an operation that applies: the units and bureaus after it, by id (§5 says nothing of order). */
export function referenceApply(state: OrgState, operation: Operation): { units: Map<string, Unit>; bureaus: Map<string, Bureau> } {
  const units = new Map(state.units.map((u) => [u.id, structuredClone(u)]));
  const bureaus = new Map(state.bureaus.map((b) => [b.id, structuredClone(b)]));
  const bureau = (id: string) => bureaus.get(id)!;
  switch (operation.op) {
    case 'move':
      bureau(operation.bureau).unit = operation.to;
      break;
    case 'merge': {
      const parts = operation.bureaus.map(bureau);
      const first = parts[0]!;
      for (const part of parts) bureaus.delete(part.id);
      const functions: string[] = [];
      for (const fn of parts.flatMap((p) => p.functions)) if (!functions.includes(fn)) functions.push(fn);
      bureaus.set(operation.into.id, {
        id: operation.into.id,
        name: operation.into.name,
        unit: first.unit,
        type: first.type,
        category: operation.into.category ?? first.category,
        functions,
        staff: { admin: sum(parts.map((p) => p.staff.admin)), institutional: sum(parts.map((p) => p.staff.institutional)) },
        leaderPosts: Math.max(...parts.map((p) => p.leaderPosts)),
      });
      break;
    }
    case 'abolish': {
      const gone = bureau(operation.bureau);
      bureaus.delete(gone.id);
      if (operation.functionsTo !== undefined) {
        const heir = bureau(operation.functionsTo);
        // "its functions join functionsTo (each once)"
        for (const fn of gone.functions) if (!heir.functions.includes(fn)) heir.functions.push(fn);
      }
      break;
    }
    case 'create':
      bureaus.set(operation.bureau.id, structuredClone(operation.bureau));
      break;
    case 'set': {
      const { op: _op, note: _note, doc: _doc, by: _by, at: _at, bureau: id, ...fields } = operation;
      Object.assign(bureau(id), structuredClone(fields));
      break;
    }
    case 'reassign': {
      const from = bureau(operation.from);
      const to = bureau(operation.to);
      from.functions = from.functions.filter((fn) => fn !== operation.function);
      if (!to.functions.includes(operation.function)) to.functions.push(operation.function);
      break;
    }
    case 'add-unit':
      units.set(operation.unit.id, structuredClone(operation.unit));
      break;
    case 'set-unit': {
      const { op: _op, note: _note, doc: _doc, by: _by, at: _at, unit: id, ...fields } = operation;
      const unit = units.get(id)! as unknown as Record<string, unknown>;
      // v2: "null removes an optional field"
      for (const [key, value] of Object.entries(structuredClone(fields))) {
        if (value === null) delete unit[key];
        else unit[key] = value;
      }
      break;
    }
    case 'remove-unit':
      units.delete(operation.unit);
      break;
  }
  return { units, bureaus };
}

/**
 * "一套机构一套职数" (§3 jointWith, §6 leaderPosts): for each unit that is not a platform, how many
 * times its team's own posts are counted in `leaderPosts`. A unit without jointWith is its own team,
 * counted when it is not a platform; a unit with jointWith belongs to the team of the unit it names,
 * counted when that one is not a platform and names nobody itself.
 */
export function teamCounts(state: OrgState): Map<string, number> {
  const counted = (u: Unit | undefined) => (u !== undefined && u.kind !== 'platform' && u.jointWith === undefined ? 1 : 0);
  const counts = new Map<string, number>();
  for (const unit of state.units) {
    if (unit.kind === 'platform') continue;
    counts.set(unit.id, unit.jointWith === undefined ? counted(unit) : counted(state.units.find((u) => u.id === unit.jointWith)));
  }
  return counts;
}

/** §3 (v2): jointWith names a zone, office, town or street, not the unit itself, that has no jointWith itself. */
export function jointWithValid(state: OrgState): boolean {
  return state.units.every((unit) => {
    if (unit.jointWith === undefined) return true;
    const partner = state.units.find((u) => u.id === unit.jointWith);
    return partner !== undefined && partner !== unit && ['zone', 'office', 'town', 'street'].includes(partner.kind) && partner.jointWith === undefined;
  });
}
