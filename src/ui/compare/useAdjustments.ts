import { useEffect, useState } from 'react';
import type { AdjustmentRow } from '../../engine';
import type { ScenarioFile } from '../../model';
import { useActions } from '../context';

/** The adjustment table of a proposal, from the worker; undefined while it is being computed. */
export function useAdjustments(file: ScenarioFile, scenarioId: string | undefined): AdjustmentRow[] | undefined {
  const actions = useActions();
  const [rows, setRows] = useState<{ for: string; rows: AdjustmentRow[] }>();
  useEffect(() => {
    if (!scenarioId) return;
    let current = true;
    void actions.adjustments(scenarioId).then((r) => current && setRows({ for: scenarioId, rows: r }));
    return () => {
      current = false;
    };
  }, [actions, file, scenarioId]);
  return rows !== undefined && rows.for === scenarioId ? rows.rows : undefined;
}

/** Marks for the two charts: what happens to each bureau, seen from today and from the proposal. */
export function changeMarks(rows: readonly AdjustmentRow[]): { before: Map<string, string>; after: Map<string, string> } {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
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
