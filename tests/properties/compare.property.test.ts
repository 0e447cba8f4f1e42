// The compare view's numbers: the savings breakdown adds up exactly to the savings, and the
// adjustment table lists exactly the bureaus that differ between today and the proposal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, adjustmentTable, buildReport, savingsBreakdown } from '../../src/engine';
import { validFileArb } from './arbitraries';
import { loadedOf } from './support';

describe('compare figures', () => {
  it('the parts of the savings breakdown add up to the savings, field by field', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        const report = buildReport(loaded, { lang: 'en' });
        file.scenarios.forEach((scenario, index) => {
          const parts = savingsBreakdown(loaded.baseline, scenario.operations, loaded.context);
          const savings = report.scenarios[index]!.savings;
          for (const key of Object.keys(savings) as Array<keyof typeof savings>) {
            expect(CHANGE_KINDS.reduce((sum, kind) => sum + parts[kind][key], 0)).toBe(savings[key]);
          }
        });
      }),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('every bureau that differs between today and the proposal has a row, and no other does', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        file.scenarios.forEach((scenario, index) => {
          const rows = adjustmentTable(loaded.baseline, scenario.operations, loaded.context);
          const before = new Map(loaded.baseline.bureaus.map((b) => [b.id, JSON.stringify(b)]));
          const after = new Map(loaded.scenarios[index]!.bureaus.map((b) => [b.id, JSON.stringify(b)]));
          const merged = new Set(rows.flatMap((r) => r.mergedFrom ?? []));
          // an id of today's organisation made anew by the proposal is another bureau: it has rows
          // whatever its content, so it is checked apart
          const remade = new Set(
            scenario.operations.flatMap((op) => (op.op === 'merge' ? [op.into.id] : op.op === 'create' ? [op.bureau.id] : [])).filter((id) => before.has(id)),
          );
          const differing = new Set<string>();
          for (const [id, text] of before) if (after.get(id) !== text && !merged.has(id) && !remade.has(id)) differing.add(id);
          for (const id of after.keys()) if (!before.has(id)) differing.add(id);
          const listed = new Set(rows.map((r) => r.bureau));
          for (const id of remade) expect(listed.has(id) || merged.has(id)).toBe(true);
          expect(new Set([...listed].filter((id) => !remade.has(id)))).toEqual(differing);
          for (const row of rows) {
            expect(row.staffAfter === undefined).toBe(!after.has(row.bureau));
            if (row.change === 'abolished') expect(row.unitAfter).toBeUndefined();
          }
        });
      }),
      { seed: 777, numRuns: 150 },
    );
  });
});
