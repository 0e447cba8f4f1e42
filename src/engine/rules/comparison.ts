// Rules that compare a scenario with the baseline (SPEC §7, "scenario only").
import type { UnitMetrics } from '../figures';
import { functionRef } from './names';
import type { Finding, Rule, StateView, UnitRule } from './types';

/** A duty handed over must land somewhere (厘清区政职责关系). */
export const functionLost: Rule = ({ current, baseline, functions }) => {
  if (!baseline) return [];
  const now = current.functionsCarried;
  const lost = [...baseline.functionsCarried].filter((fn) => !now.has(fn));
  return lost.map((fn): Finding => {
    const bureaus = new Set(baseline.state.bureaus.filter((b) => b.functions.includes(fn)).map((b) => b.name));
    return {
      rule: 'function-lost',
      severity: 'error',
      subject: { kind: 'function', id: fn },
      message: { key: 'rule.function-lost', args: { fn: functionRef(functions, fn), bureaus: [...bureaus] } },
    };
  });
};

const grew = (before: UnitMetrics, after: UnitMetrics): boolean => after.internalBodies > before.internalBodies || after.leaderPosts > before.leaderPosts;
/**
 * v2: the reward for a lead is "在限额内核增领导职数" and "靠简单地做机构、编制和职数增量来激励…已不合时宜":
 * more internal bodies are never earned by a rank; more posts are, in the top `rewardTopN`.
 */
const unearned = (before: UnitMetrics, after: UnitMetrics, top: boolean): boolean =>
  after.internalBodies > before.internalBodies || (!top && after.leaderPosts > before.leaderPosts);
const cut = (before: UnitMetrics, after: UnitMetrics): boolean => after.internalBodies < before.internalBodies || after.leaderPosts < before.leaderPosts;

/**
 * 排名居于区域最后2位的开发区, 核减领导职数、职能机构个数 — and 排名领先者优先核增: for a zone or
 * office with a rank in the scenario that also exists in the baseline.
 */
export const rankRules: UnitRule = ({ current, baseline, settings }, unit, found) => {
  if (!baseline || (unit.kind !== 'zone' && unit.kind !== 'office') || !unit.rank) return;
  const before = baseline.unitFigures.get(unit.id);
  const after = current.unitFigures.get(unit.id);
  if (!before || !after || !baseline.units.has(unit.id)) return;
  const { bottomN, rewardTopN } = settings;
  const { position, of } = unit.rank;
  const args = {
    position,
    of,
    bodiesBefore: before.internalBodies,
    bodiesAfter: after.internalBodies,
    postsBefore: before.leaderPosts,
    postsAfter: after.leaderPosts,
    unit: unit.name,
    bottomN,
  };
  const bottom = position > of - bottomN;
  const top = position <= rewardTopN;
  if (bottom && grew(before, after)) {
    found.push({ rule: 'rank-bottom-growth', severity: 'error', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.rank-bottom-growth', args } });
  }
  if (bottom && !cut(before, after)) {
    found.push({ rule: 'rank-bottom-no-cut', severity: 'warning', subject: { kind: 'unit', id: unit.id }, message: { key: 'rule.rank-bottom-no-cut', args } });
  }
  if (!bottom && unearned(before, after, top)) {
    found.push({
      rule: 'rank-growth-unearned',
      severity: 'warning',
      subject: { kind: 'unit', id: unit.id },
      message: { key: 'rule.rank-growth-unearned', args: { ...args, topN: rewardTopN, top } },
    });
  }
};
