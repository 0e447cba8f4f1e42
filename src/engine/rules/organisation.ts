// Rules that look at one state alone (SPEC §7): checked on the baseline and on every scenario.
import type { Bureau } from '../../model';
import { functionRef, unitName, zonesCovering } from './names';
import type { Finding, Rule, RuleInput } from './types';

/** 确保经济发展类职能机构数量不低于60% */
export const econRatio: Rule = ({ current, settings }) => {
  const findings: Finding[] = [];
  const min = settings.economicRatioMin;
  for (const unit of current.state.units) {
    if (unit.kind !== 'zone' || unit.governance !== 'separated') continue;
    const figures = current.metrics.units[unit.id];
    const ratio = figures?.economicRatio;
    if (!figures || ratio === null || ratio === undefined || ratio >= min) continue;
    const internal = figures.internalBodies;
    const economic = Math.round(ratio * internal);
    findings.push({
      rule: 'econ-ratio',
      severity: 'error',
      subject: unit.id,
      message: {
        key: 'rule.econ-ratio',
        args: { unit: unit.name, economic, internal, ratio, min, remove: fewestRemoved(economic, internal, min), convert: fewestConverted(economic, internal, min) },
      },
    });
  }
  return findings;
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

function functionsOf(bureau: Bureau, input: RuleInput, category: 'economic' | 'social'): string[] {
  const functions = input.functions;
  let found: string[] | undefined;
  for (const id of bureau.functions) if (functions.get(id)?.category === category) (found ??= []).push(id);
  return found ?? NONE;
}

const NONE: string[] = [];

/** 社会管理职能回归属地镇街承担 */
export const socialInZone: Rule = (input) => {
  const { current } = input;
  const findings: Finding[] = [];
  for (const unit of current.state.units) {
    const separatedZone = unit.kind === 'zone' && unit.governance === 'separated';
    if (!separatedZone && unit.kind !== 'office') continue;
    // the host towns and streets: the zone's territory, or for an office its parent zone's
    const hostZone = unit.kind === 'office' && unit.parent !== undefined ? current.units.get(unit.parent) : unit;
    const hosts = (hostZone?.territory ?? []).map((id) => unitName(current, id));
    for (const bureau of current.bureausByUnit.get(unit.id) ?? []) {
      const social = functionsOf(bureau, input, 'social');
      if (social.length === 0) continue;
      findings.push({
        rule: 'social-in-zone',
        severity: 'error',
        subject: bureau.id,
        message: {
          key: 'rule.social-in-zone',
          args: { bureau: bureau.name, unit: unit.name, functions: social.map((id) => functionRef(input.functions, id)), hosts },
        },
      });
    }
  }
  return findings;
};

/** 有效剥离镇街承担的经济发展职能 */
export const econInTown: Rule = (input) => {
  const { current } = input;
  const findings: Finding[] = [];
  for (const unit of current.state.units) {
    if (unit.kind !== 'town' && unit.kind !== 'street') continue;
    const zones = zonesCovering(current, unit.id);
    if (zones.length === 0) continue;
    for (const bureau of current.bureausByUnit.get(unit.id) ?? []) {
      const economic = functionsOf(bureau, input, 'economic');
      if (economic.length === 0) continue;
      findings.push({
        rule: 'econ-in-town',
        severity: 'warning',
        subject: bureau.id,
        message: {
          key: 'rule.econ-in-town',
          args: { bureau: bureau.name, unit: unit.name, zones, functions: economic.map((id) => functionRef(input.functions, id)) },
        },
      });
    }
  }
  return findings;
};

/** 厘清职责边界 */
export const functionDuplicate: Rule = (input) => {
  const { current } = input;
  const findings: Finding[] = [];
  const seen: string[] = [];
  const holders: Bureau[] = [];
  for (const unit of current.state.units) {
    const bureaus = current.bureausByUnit.get(unit.id) ?? [];
    if (bureaus.length < 2) continue;
    // a unit carries a few dozen duties at most: a flat list beats a map here
    seen.length = 0;
    holders.length = 0;
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
      findings.push({
        rule: 'function-duplicate',
        severity: 'warning',
        subject: `${unit.id}/${fn}`,
        message: {
          key: 'rule.function-duplicate',
          args: { unit: unit.name, fn: functionRef(input.functions, fn), bureaus: carriers.map((b) => b.name) },
        },
      });
    }
  }
  return findings;
};

/** 以"大部门制"严控机构和职数增长 */
export const bodyCap: Rule = ({ current }) =>
  current.state.units.flatMap((unit): Finding[] => {
    const count = current.metrics.units[unit.id]?.internalBodies ?? 0;
    if (unit.bodyCap === undefined || count <= unit.bodyCap) return [];
    return [{ rule: 'body-cap', severity: 'error', subject: unit.id, message: { key: 'rule.body-cap', args: { unit: unit.name, count, cap: unit.bodyCap } } }];
  });

/** 在限额内核增领导职数: the unit's own leadership team against its approved cap */
export const leaderCap: Rule = ({ current }) =>
  current.state.units.flatMap((unit): Finding[] => {
    const count = unit.leaderPosts ?? 0;
    if (unit.leaderPostCap === undefined || count <= unit.leaderPostCap) return [];
    return [{ rule: 'leader-cap', severity: 'error', subject: unit.id, message: { key: 'rule.leader-cap', args: { unit: unit.name, count, cap: unit.leaderPostCap } } }];
  });

/** 在主体开发区党工委的集中统一领导下 */
export const parkParent: Rule = ({ current }) =>
  current.state.units.flatMap((unit): Finding[] => {
    if (unit.kind !== 'office') return [];
    const parent = unit.parent === undefined ? undefined : current.units.get(unit.parent);
    if (parent?.kind === 'zone' && parent.partyCommittee === true) return [];
    const args = { unit: unit.name, parent: parent?.name ?? unit.parent ?? '' };
    return [{ rule: 'park-parent', severity: 'error', subject: unit.id, message: { key: 'rule.park-parent', args } }];
  });

/** 避免经济发达镇和开发区的地理重叠 */
export const townOverlap: Rule = ({ current }) =>
  current.state.units.flatMap((unit): Finding[] => {
    if (unit.kind !== 'town' || unit.developedTown !== true) return [];
    const zones = zonesCovering(current, unit.id);
    if (zones.length === 0) return [];
    return [{ rule: 'town-overlap', severity: 'warning', subject: unit.id, message: { key: 'rule.town-overlap', args: { unit: unit.name, zones } } }];
  });

/** 暂不设置管理机构, 通过统筹协调机制 */
export const groupStaffed: Rule = ({ current }) =>
  current.state.units.flatMap((unit): Finding[] => {
    const bureaus = unit.kind === 'group' ? (current.bureausByUnit.get(unit.id) ?? []) : [];
    if (bureaus.length === 0) return [];
    return [
      { rule: 'group-staffed', severity: 'error', subject: unit.id, message: { key: 'rule.group-staffed', args: { unit: unit.name, bureaus: bureaus.map((b) => b.name) } } },
    ];
  });
