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

