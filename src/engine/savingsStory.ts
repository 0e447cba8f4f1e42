// What a proposal saves, said so that no one can misread it. Two different things are kept apart:
// - the whole area (全区): the establishment's totals, where a bureau moved from a zone to a street
//   saves nothing, and staff handed to a company platform leave the establishment ("其中划转公司
//   平台" is part of the staff change, not a second saving);
// - the zone's slimming (开发区瘦身): the zones' and offices' own bodies and staff, which is what a
//   reform that returns social duties to the streets is for.
// And, one click away, where the zones' staff went: to towns and streets, to platforms, elsewhere,
// and what was cut, merged, created or re-sized in place. The parts add up exactly.
import type { OrgState, UnitKind } from '../model';
import { type Direction, type FigureChange, directionOf, figureChange } from './figureChange';
import { unitFiguresOf } from './byId';
import type { Metrics, Savings } from './figures';
import { isZoneKind } from './ledger';

export interface StaffFlows {
  /** Staff of bureaus that left the zones for towns and streets (as they were when they left). */
  toLocals: number;
  /** … for company platforms. */
  toPlatforms: number;
  /** … for any other unit outside the zones (a group). */
  toOthers: number;
  /** Staff of bureaus that came into the zones from outside (as they are in the proposal). */
  fromOutside: number;
  /** Everything else, signed (after − before): bureaus abolished, merged, created or re-sized in the zones. */
  inPlace: { delta: number; direction: Direction; amount: number };
}

export interface SavingsStory {
  /** The whole area's establishment (SPEC §6 totals). */
  area: {
    bodies: FigureChange;
    internalBodies: FigureChange;
    staff: FigureChange;
    adminStaff: FigureChange;
    institutionalStaff: FigureChange;
    leaderPosts: FigureChange;
    /** Part of the staff change: more staff held by platforms than today (SPEC `released` saving). */
    toPlatforms: number;
  };
  /** The zones and offices together; undefined when the file has none. */
  zones:
    | {
        units: number;
        bodies: FigureChange;
        internalBodies: FigureChange;
        staff: FigureChange;
        leaderPosts: FigureChange;
        flows: StaffFlows;
      }
    | undefined;
}

export interface SavingsInput {
  before: OrgState;
  after: OrgState;
  baseline: Metrics;
  scenario: { metrics: Metrics; savings: Savings };
}

export function savingsStory({ before, after, baseline, scenario }: SavingsInput): SavingsStory {
  const m = scenario.metrics;
  const area = {
    bodies: figureChange(baseline.bodies.total, m.bodies.total),
    internalBodies: figureChange(baseline.bodies.internal, m.bodies.internal),
    staff: figureChange(baseline.staff.total, m.staff.total),
    adminStaff: figureChange(baseline.staff.admin, m.staff.admin),
    institutionalStaff: figureChange(baseline.staff.institutional, m.staff.institutional),
    leaderPosts: figureChange(baseline.leaderPosts, m.leaderPosts),
    toPlatforms: scenario.savings.released,
  };
  const zoneIds = new Set([...before.units, ...after.units].filter((u) => isZoneKind(u.kind)).map((u) => u.id));
  if (zoneIds.size === 0) return { area, zones: undefined };
  const sum = (metrics: Metrics, key: 'bodies' | 'internalBodies' | 'staff' | 'leaderPosts') => {
    let total = 0;
    for (const id of zoneIds) total += unitFiguresOf(metrics, id)?.[key] ?? 0;
    return total;
  };
  const staffBefore = sum(baseline, 'staff');
  const staffAfter = sum(m, 'staff');
  return {
    area,
    zones: {
      units: zoneIds.size,
      bodies: figureChange(sum(baseline, 'bodies'), sum(m, 'bodies')),
      internalBodies: figureChange(sum(baseline, 'internalBodies'), sum(m, 'internalBodies')),
      staff: figureChange(staffBefore, staffAfter),
      leaderPosts: figureChange(sum(baseline, 'leaderPosts'), sum(m, 'leaderPosts')),
      flows: flowsOf(before, after, zoneIds, staffAfter - staffBefore),
    },
  };
}

function flowsOf(before: OrgState, after: OrgState, zones: ReadonlySet<string>, change: number): StaffFlows {
  const kindAfter = new Map<string, UnitKind>(after.units.map((u) => [u.id, u.kind]));
  const was = new Map(before.bureaus.map((b) => [b.id, b]));
  const staff = (b: { staff: { admin: number; institutional: number } }) => b.staff.admin + b.staff.institutional;
  let toLocals = 0;
  let toPlatforms = 0;
  let toOthers = 0;
  let fromOutside = 0;
  for (const bureau of after.bureaus) {
    const old = was.get(bureau.id);
    if (!old) continue;
    const leftZones = zones.has(old.unit) && !zones.has(bureau.unit);
    const cameIn = !zones.has(old.unit) && zones.has(bureau.unit);
    if (leftZones) {
      const kind = kindAfter.get(bureau.unit);
      if (kind === 'town' || kind === 'street') toLocals += staff(old);
      else if (kind === 'platform') toPlatforms += staff(old);
      else toOthers += staff(old);
    } else if (cameIn) fromOutside += staff(bureau);
  }
  // whatever the moves do not explain happened inside the zones
  const inPlace = change + toLocals + toPlatforms + toOthers - fromOutside;
  return { toLocals, toPlatforms, toOthers, fromOutside, inPlace: { delta: inPlace, ...directionOf(inPlace) } };
}

/**
 * How the staff handed to company platforms stand beside the whole area's staff change: inside it
 * ("其中划转公司平台 34 名") when the staff fell by at least as many, beside it ("另有 34 名交公司平台")
 * otherwise; undefined when none were handed over. The screen and the exports say it alike.
 */
export function platformShare(area: SavingsStory['area']): 'within' | 'besides' | undefined {
  if (area.toPlatforms <= 0) return undefined;
  return area.staff.direction === 'down' && area.staff.amount >= area.toPlatforms ? 'within' : 'besides';
}
