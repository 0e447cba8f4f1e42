// Rules that compare a scenario with the baseline (SPEC §7, "scenario only").
import type { Unit } from '../../model';
import { functionRef } from './names';
import type { Finding, Rule, StateView } from './types';

/** The duties carried by some bureau of the baseline, kept: every scenario is compared with it. */
const baselineCarried = new WeakMap<readonly unknown[], ReadonlySet<string>>();

function carriedFunctions(view: StateView): Set<string> {
  const carried = new Set<string>();
  for (const bureau of view.state.bureaus) for (const fn of bureau.functions) carried.add(fn);
  return carried;
}

function carriedInBaseline(view: StateView): ReadonlySet<string> {
  let carried = baselineCarried.get(view.state.bureaus);
  if (!carried) {
    carried = carriedFunctions(view);
    baselineCarried.set(view.state.bureaus, carried);
  }
  return carried;
}

/** A duty handed over must land somewhere (厘清区政职责关系). */
export const functionLost: Rule = ({ current, baseline, functions }) => {
  if (!baseline) return [];
  const now = carriedFunctions(current);
  const lost = [...carriedInBaseline(baseline)].filter((fn) => !now.has(fn));
  return lost.map((fn): Finding => {
    const bureaus = new Set(baseline.state.bureaus.filter((b) => b.functions.includes(fn)).map((b) => b.name));
    return {
      rule: 'function-lost',
      severity: 'error',
      subject: fn,
      message: { key: 'rule.function-lost', args: { fn: functionRef(functions, fn), bureaus: [...bureaus] } },
    };
  });
};

interface RankedChange {
  unit: Unit;
  position: number;
  of: number;
  bodiesBefore: number;
  bodiesAfter: number;
  postsBefore: number;
  postsAfter: number;
}

/** Zones and offices with a rank in the scenario that also exist in the baseline. */
function rankedChanges(current: StateView, baseline: StateView): RankedChange[] {
  const changes: RankedChange[] = [];
  for (const unit of current.state.units) {
    if ((unit.kind !== 'zone' && unit.kind !== 'office') || !unit.rank) continue;
    const before = baseline.metrics.units[unit.id];
    const after = current.metrics.units[unit.id];
    if (!before || !after || !baseline.units.has(unit.id)) continue;
    changes.push({
      unit,
      position: unit.rank.position,
      of: unit.rank.of,
      bodiesBefore: before.internalBodies,
      bodiesAfter: after.internalBodies,
      postsBefore: before.leaderPosts,
      postsAfter: after.leaderPosts,
    });
  }
  return changes;
}

const grew = (c: RankedChange): boolean => c.bodiesAfter > c.bodiesBefore || c.postsAfter > c.postsBefore;
const cut = (c: RankedChange): boolean => c.bodiesAfter < c.bodiesBefore || c.postsAfter < c.postsBefore;

/** 排名居于区域最后2位的开发区, 核减领导职数、职能机构个数 — and 排名领先者优先核增. */
export const rankRules: Rule = ({ current, baseline, settings }) => {
  if (!baseline) return [];
  const { bottomN, rewardTopN } = settings;
  const findings: Finding[] = [];
  for (const change of rankedChanges(current, baseline)) {
    const { unit, ...figures } = change;
    const args = { ...figures, unit: unit.name, bottomN };
    const bottom = change.position > change.of - bottomN;
    const top = change.position <= rewardTopN;
    if (bottom && grew(change)) {
      findings.push({ rule: 'rank-bottom-growth', severity: 'error', subject: unit.id, message: { key: 'rule.rank-bottom-growth', args } });
    }
    if (bottom && !cut(change)) {
      findings.push({ rule: 'rank-bottom-no-cut', severity: 'warning', subject: unit.id, message: { key: 'rule.rank-bottom-no-cut', args } });
    }
    if (!bottom && !top && grew(change)) {
      findings.push({
        rule: 'rank-growth-unearned',
        severity: 'warning',
        subject: unit.id,
        message: { key: 'rule.rank-growth-unearned', args: { ...args, topN: rewardTopN } },
      });
    }
  }
  return findings;
};
