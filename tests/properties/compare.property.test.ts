// The compare view's numbers: the savings breakdown adds up exactly to the savings, and the
// adjustment table lists exactly the bureaus that differ between today and the proposal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAVING_SOURCES, adjustmentTable, applyOperation, buildReport, computeMetrics, computeSavings, savingsBreakdown } from '../../src/engine';
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
            expect(SAVING_SOURCES.reduce((sum, kind) => sum + parts[kind][key], 0)).toBe(savings[key]);
          }
        });
      }),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('each part is what the operations of its kind change, counted whole state by state; the same from the states kept by the session', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        file.scenarios.forEach((scenario) => {
          // the reference: every state counted whole, every step a difference of two countings
          const expected = Object.fromEntries(SAVING_SOURCES.map((kind) => [kind, { bodies: 0, internalBodies: 0, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 0, released: 0 }]));
          const states = [loaded.baseline];
          for (const operation of scenario.operations) {
            const before = states[states.length - 1]!;
            const applied = applyOperation(before, operation, loaded.context);
            if (!applied.ok) throw new Error('a loaded scenario applies');
            const kind = operation.op === 'move' ? (applied.state.units.find((u) => u.id === operation.to)?.kind === 'platform' ? 'platform' : 'move')
              : operation.op === 'set' || operation.op === 'reassign' ? 'edit'
              : operation.op === 'add-unit' || operation.op === 'set-unit' || operation.op === 'remove-unit' ? 'units' : operation.op;
            const step = computeSavings(computeMetrics(before), computeMetrics(applied.state));
            for (const key of Object.keys(step) as Array<keyof typeof step>) expected[kind]![key] += step[key];
            states.push(applied.state);
          }
          expect(savingsBreakdown(loaded.baseline, scenario.operations, loaded.context)).toEqual(expected);
          expect(savingsBreakdown(loaded.baseline, scenario.operations, loaded.context, states)).toEqual(expected);
        });
      }),
      { seed: 4243, numRuns: 200 },
    );
  });

  it('every bureau that differs between today and the proposal has a row, and no other does', () => {
    fc.assert(
      fc.property(validFileArb, (file) => {
        const loaded = loadedOf(file);
        file.scenarios.forEach((scenario, index) => {
          const rows = adjustmentTable(loaded.baseline, scenario.operations, loaded.context);
          // from the final state the session keeps, the same rows
          expect(adjustmentTable(loaded.baseline, scenario.operations, loaded.context, loaded.scenarios[index])).toEqual(rows);
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
            // a bureau of today abolished and its id made anew has two rows: gone, and new
            const gone = !after.has(row.bureau) || (remade.has(row.bureau) && row.change === 'abolished');
            expect(row.staffAfter === undefined).toBe(gone);
            if (row.change === 'abolished') expect(row.unitAfter).toBeUndefined();
          }
        });
      }),
      { seed: 777, numRuns: 150 },
    );
  });
});
