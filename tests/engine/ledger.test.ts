// The per-unit ledger (瘦身台账) shows the engine's per-unit figures (SPEC §6 `units`) and nothing
// else: for every unit of every example, in every proposal, each figure of its row equals the
// report's, and the admin · institutional split adds up to the report's staff.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerRows } from '../../src/engine/ledger';
import { buildReport, loadScenarioFile } from '../../src/engine';

const dir = join(import.meta.dirname, '../../scenarios');
const examples = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json');

it('reads all six example files', () => expect(examples.length).toBe(6));

describe.each(examples)('ledger of %s', (name) => {
  const result = loadScenarioFile(readFileSync(join(dir, name), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  const { loaded } = result;
  const report = buildReport(loaded, { lang: 'zh' });

  it.each(report.scenarios.map((s, i) => [s.id, i] as const))('%s: every unit’s row holds the report’s figures, today and in the proposal', (_id, index) => {
    const scenario = report.scenarios[index]!;
    const rows = ledgerRows({ before: loaded.baseline, after: loaded.scenarios[index]!, baseline: report.baseline.metrics.units, scenario: scenario.metrics.units }, { all: true });
    const ids = new Set([...Object.keys(report.baseline.metrics.units), ...Object.keys(scenario.metrics.units)]);
    expect(rows.map((r) => r.unitId).sort()).toEqual([...ids].sort());
    for (const row of rows) {
      const today = report.baseline.metrics.units[row.unitId];
      const proposal = scenario.metrics.units[row.unitId];
      for (const [side, figures] of [['before', today], ['after', proposal]] as const) {
        const shown = row[side];
        if (!figures) {
          expect(shown, `${row.unitId} ${side}`).toBeNull();
          continue;
        }
        expect(shown, `${row.unitId} ${side}`).not.toBeNull();
        expect({ bodies: shown!.bodies, internalBodies: shown!.internalBodies, staff: shown!.staff, leaderPosts: shown!.leaderPosts, economicRatio: shown!.economicRatio }, `${row.unitId} ${side}`).toEqual(figures);
        expect(shown!.admin + shown!.institutional, `${row.unitId} ${side} split`).toBe(figures.staff);
      }
      if (today && proposal) {
        expect(row.changes.staff!.delta).toBe(proposal.staff - today.staff);
        expect(row.changes.bodies!.delta).toBe(proposal.bodies - today.bodies);
        expect(row.changes.leaderPosts!.delta).toBe(proposal.leaderPosts - today.leaderPosts);
        expect(row.changes.internalBodies!.direction).toBe(proposal.internalBodies < today.internalBodies ? 'down' : proposal.internalBodies > today.internalBodies ? 'up' : 'same');
      }
    }
    // the split summed over the establishment (every unit but the platforms) is the report's
    const establishment = (side: 'before' | 'after') => rows.filter((r) => r.kind !== 'platform' && r[side]);
    for (const [side, metrics] of [['before', report.baseline.metrics], ['after', scenario.metrics]] as const) {
      expect(establishment(side).reduce((n, r) => n + r[side]!.admin, 0), `${side} admin`).toBe(metrics.staff.admin);
      expect(establishment(side).reduce((n, r) => n + r[side]!.institutional, 0), `${side} institutional`).toBe(metrics.staff.institutional);
    }
  });

  it.each(report.scenarios.map((s, i) => [s.id, i] as const))('%s: by default, every zone and office and every unit whose figures changed', (_id, index) => {
    const scenario = report.scenarios[index]!;
    const rows = ledgerRows({ before: loaded.baseline, after: loaded.scenarios[index]!, baseline: report.baseline.metrics.units, scenario: scenario.metrics.units });
    const shown = new Set(rows.map((r) => r.unitId));
    const units = [...loaded.baseline.units, ...loaded.scenarios[index]!.units];
    for (const unit of units) {
      const a = report.baseline.metrics.units[unit.id];
      const b = scenario.metrics.units[unit.id];
      const changed = !a || !b || JSON.stringify(a) !== JSON.stringify(b);
      if (unit.kind === 'zone' || unit.kind === 'office' || changed) expect(shown.has(unit.id), unit.id).toBe(true);
    }
    // zones and offices come first
    const firstOther = rows.findIndex((r) => r.kind !== 'zone' && r.kind !== 'office');
    if (firstOther >= 0) expect(rows.slice(firstOther).every((r) => r.kind !== 'zone' && r.kind !== 'office')).toBe(true);
  });
});
