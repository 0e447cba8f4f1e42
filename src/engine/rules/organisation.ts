// Rules that look at one state alone (SPEC §7): checked on the baseline and on every scenario.
// Each looks at one unit at a time, so after a move only the two units it touched are checked again.
import type { Bureau } from '../../model';
import { governanceOf } from './governance';
import { functionRef, unitName, zonesCovering } from './names';
import type { Finding, RuleInput, UnitRule } from './types';

/** 对于实行"区政分设"的开发区(功能园区)…确保经济发展类职能机构数量不低于60%: zones and (v2) offices */
export const econRatio: UnitRule = ({ current, settings }, unit, found) => {
  if (governanceOf(unit, current.units) !== 'separated') return;
  const min = settings.economicRatioMin;
  const figures = current.unitFigures.get(unit.id);
  const ratio = figures?.economicRatio;
  if (!figures || ratio === null || ratio === undefined || ratio >= min) return;
  const internal = figures.internalBodies;
  const economic = Math.round(ratio * internal);
  found.push({
    rule: 'econ-ratio',
    severity: 'error',
    subject: { kind: 'unit', id: unit.id },
    message: {
      key: 'rule.econ-ratio',
      args: {
        unit: unit.name,
        office: unit.kind === 'office',
        parent: unit.parent === undefined ? null : unitName(current, unit.parent),
        economic,
        internal,
        ratio,
        min,
        remove: fewestRemoved(economic, internal, min),
        convert: fewestConverted(economic, internal, min),
      },
    },
  });
};

/** How many non-economic internal bodies must leave to reach `min`; null when none can help. */
function fewestRemoved(economic: number, internal: number, min: number): number | null {
  if (economic === 0) return null;
  for (let k = 1; k <= internal - economic; k++) if (economic / (internal - k) >= min) return k;
  return null;
}

/** How many internal bodies must become economic to reach `min`. */
function fewestConverted(economic: number, internal: number, min: number): number {
  for (let j = 1; j <= internal - economic; j++) if ((economic + j) / internal >= min) return j;
  return internal - economic;
}

function functionsOf(bureau: Bureau, input: RuleInput, category: 'economic' | 'social'): readonly string[] {
  const functions = input.functions;
  let found: string[] | undefined;
  for (const id of bureau.functions) if (functions.get(id)?.category === category) (found ??= []).push(id);
  return found ?? NONE;
}

const NONE: readonly string[] = [];

/** 社会管理职能回归属地镇街承担: in a zone or (v2) an office whose governance is separated */
export const socialInZone: UnitRule = (input, unit, found) => {
  const { current } = input;
  if (governanceOf(unit, current.units) !== 'separated') return;
  let hosts: string[] | undefined;
  for (const bureau of current.bureausByUnit.get(unit.id) ?? []) {
    const social = functionsOf(bureau, input, 'social');
    if (social.length === 0) continue;
    // the host towns and streets: the unit's own territory, or for an office without one its parent zone's
    const hostUnit = unit.territory === undefined && unit.parent !== undefined ? current.units.get(unit.parent) : unit;
    hosts ??= (hostUnit?.territory ?? []).map((id) => unitName(current, id));
    found.push({
      rule: 'social-in-zone',
      severity: 'error',
      subject: { kind: 'bureau', id: bureau.id, unitId: unit.id },
      message: {
        key: 'rule.social-in-zone',
        args: { bureau: bureau.name, unit: unit.name, functions: social.map((id) => functionRef(input.functions, id)), hosts },
      },
    });
  }
};

/** 有效剥离镇街承担的经济发展职能 */
export const econInTown: UnitRule = (input, unit, found) => {
  const { current } = input;
  if (unit.kind !== 'town' && unit.kind !== 'street') return;
  if (!current.coveredBy.has(unit.id)) return;
  let zones: string[] | undefined;
  for (const bureau of current.bureausByUnit.get(unit.id) ?? []) {
    const economic = functionsOf(bureau, input, 'economic');
    if (economic.length === 0) continue;
    zones ??= zonesCovering(current, unit.id);
    found.push({
      rule: 'econ-in-town',
      severity: 'warning',
      subject: { kind: 'bureau', id: bureau.id, unitId: unit.id },
      message: {
        key: 'rule.econ-in-town',
        args: { bureau: bureau.name, unit: unit.name, zones, functions: economic.map((id) => functionRef(input.functions, id)) },
      },
    });
  }
};

/** 厘清职责边界 */
export const functionDuplicate: UnitRule = (input, unit, found) => {
  const bureaus = input.current.bureausByUnit.get(unit.id) ?? [];
  if (bureaus.length < 2 || !anyRepeated(bureaus)) return;
  // a unit carries a few dozen duties at most: a flat list beats a map here
  const seen: string[] = [];
  const holders: Bureau[] = [];
  let repeated: Map<string, Bureau[]> | undefined;
  for (const bureau of bureaus) {
    for (const fn of bureau.functions) {
      const at = seen.indexOf(fn);
      if (at < 0) {
        seen.push(fn);
        holders.push(bureau);
      } else if (holders[at] !== bureau) {
        repeated ??= new Map();
        const list = repeated.get(fn);
        if (!list) repeated.set(fn, [holders[at]!, bureau]);
        else if (list[list.length - 1] !== bureau) list.push(bureau);
      }
    }
  }
  for (const [fn, carriers] of repeated ?? []) {
    found.push({
      rule: 'function-duplicate',
      severity: 'warning',
      subject: { kind: 'function', id: fn, unitId: unit.id },
      message: {
        key: 'rule.function-duplicate',
        args: { unit: unit.name, fn: functionRef(input.functions, fn), bureaus: carriers.map((b) => b.name) },
      },
    });
  }
};

/** Whether some duty is listed twice among the bureaus (by one bureau or by two): most units have none. */
function anyRepeated(bureaus: readonly Bureau[]): boolean {
  const seen = new Set<string>();
  for (const bureau of bureaus) {
    for (const fn of bureau.functions) {
      if (seen.has(fn)) return true;
      seen.add(fn);
    }
  }
  return false;
}

/** 以"大部门制"严控机构和职数增长 */
export const bodyCap: UnitRule = ({ current }, unit, found) => {
  const count = current.unitFigures.get(unit.id)?.internalBodies ?? 0;
  if (unit.bodyCap === undefined || count <= unit.bodyCap) return;
  found.push({ rule: 'body-cap', severity: 'error', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.body-cap', args: { unit: unit.name, count, cap: unit.bodyCap } } });
};

/** 在限额内核增领导职数: the unit's own leadership team against its approved cap */
export const leaderCap: UnitRule = (_input, unit, found) => {
  const count = unit.leaderPosts ?? 0;
  if (unit.leaderPostCap === undefined || count <= unit.leaderPostCap) return;
  found.push({ rule: 'leader-cap', severity: 'error', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.leader-cap', args: { unit: unit.name, count, cap: unit.leaderPostCap } } });
};

/**
 * 在主体开发区党工委的集中统一领导下. An office under no zone (v2) is led by the district's Party
 * organisation, as 梁溪's 古运河 resort office is ("符合政策规定"): not this rule's concern.
 */
export const parkParent: UnitRule = ({ current }, unit, found) => {
  if (unit.kind !== 'office' || unit.parent === undefined) return;
  const parent = current.units.get(unit.parent);
  if (parent?.kind === 'zone' && parent.partyCommittee === true) return;
  const args = { unit: unit.name, parent: parent?.name ?? unit.parent };
  found.push({ rule: 'park-parent', severity: 'error', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.park-parent', args } });
};

/** 避免经济发达镇和开发区的地理重叠 */
export const townOverlap: UnitRule = ({ current }, unit, found) => {
  if (unit.kind !== 'town' || unit.developedTown !== true) return;
  const zones = zonesCovering(current, unit.id);
  if (zones.length === 0) return;
  found.push({ rule: 'town-overlap', severity: 'warning', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.town-overlap', args: { unit: unit.name, zones } } });
};

/** 暂不设置管理机构, 通过统筹协调机制; 由板块相关领导兼任组长 (v2: so a group has no posts of its own) */
export const groupStaffed: UnitRule = ({ current }, unit, found) => {
  if (unit.kind !== 'group') return;
  const bureaus = current.bureausByUnit.get(unit.id) ?? [];
  const posts = unit.leaderPosts ?? 0;
  if (bureaus.length === 0 && posts === 0) return;
  found.push({
    rule: 'group-staffed',
    severity: 'error',
    subject: { kind: 'unit', id: unit.id },
    message: { key: 'rule.group-staffed', args: { unit: unit.name, bureaus: bureaus.map((b) => b.name), posts } },
  });
};
