// What happens to each bureau in a proposal, read off its adjustment table (./diff.ts), seen from
// today (the "before" chart) and from the proposal (the "after" chart): the marks the before/after
// view, the slides and the exported deck draw on each card.
import type { AdjustmentRow } from './diff';

export type BureauMark = 'moved' | 'platform' | 'merged' | 'mergedAway' | 'created' | 'abolished' | 'edited';

export function bureauMarks(rows: readonly AdjustmentRow[]): { before: Map<string, BureauMark>; after: Map<string, BureauMark> } {
  const before = new Map<string, BureauMark>();
  const after = new Map<string, BureauMark>();
  for (const row of rows) {
    if (row.change === 'abolished') before.set(row.bureau, 'abolished');
    else if (row.change === 'merged') {
      after.set(row.bureau, 'merged');
      for (const id of row.mergedFrom ?? []) before.set(id, 'mergedAway');
    } else if (row.change === 'created') after.set(row.bureau, 'created');
    else {
      before.set(row.bureau, row.change);
      after.set(row.bureau, row.change);
    }
  }
  return { before, after };
}
