// Everything the meeting views say about a proposal, from the report the page holds and the two
// states: the adjustment table (from the worker), the ledger, the savings story and the story's
// units. One place, so the before/after view, the compare view and the slides say the same.
import { useEffect, useMemo, useState } from 'react';
import { ledgerRows, type LedgerRow } from '../../app/meeting';
import { type BureauMark, bureauMarks, type SavingsStory, savingsStory } from '../../app/meeting';
import { type StoryUnit, storyUnits } from '../../app/meeting/story';
import { scenarioState } from '../../app/scenarioState';
import type { AdjustmentRow, Report, ScenarioReport } from '../../engine';
import { BASELINE_ID, type OrgState, type Scenario, type ScenarioFile, type Unit } from '../../model';
import { useActions } from '../context';

export interface MeetingProposal {
  scenario: Scenario;
  /** Its place among the file's proposals: its colour everywhere. */
  index: number;
  report: ScenarioReport;
  before: OrgState;
  after: OrgState;
  /** undefined while the worker computes it */
  rows: AdjustmentRow[] | undefined;
  ledger: LedgerRow[];
  story: SavingsStory;
  /** The touched units (undefined until the adjustment table is there). */
  units: StoryUnit[] | undefined;
  /** Every unit of either side, by id. */
  names: Map<string, Unit>;
  /** The adjustment table's kind of change of each bureau, as each side marks it. */
  marks: { before: Map<string, BureauMark>; after: Map<string, BureauMark> };
}

const NONE: ReadonlyMap<string, AdjustmentRow[]> = new Map();

/** The adjustment tables of these proposals, from the worker; a proposal's is undefined until it arrives. */
// a Map, not a plain object: a proposal may be called `constructor` or `__proto__`
export function useAdjustmentTables(file: ScenarioFile, ids: readonly string[]): ReadonlyMap<string, AdjustmentRow[]> {
  const actions = useActions();
  const [tables, setTables] = useState<{ file: ScenarioFile; rows: ReadonlyMap<string, AdjustmentRow[]> }>();
  const key = ids.join('\u0000');
  useEffect(() => {
    let current = true;
    void Promise.all(ids.map((id) => actions.adjustments(id).then((rows) => [id, rows] as const))).then((pairs) => {
      if (current) setTables({ file, rows: new Map(pairs) });
    });
    return () => {
      current = false;
    };
  }, [actions, file, key]); // eslint-disable-line react-hooks/exhaustive-deps -- ids by value
  return tables?.file === file ? tables.rows : NONE;
}

export function useMeetingProposals(file: ScenarioFile, report: Report, ids: readonly string[]): MeetingProposal[] {
  const tables = useAdjustmentTables(file, ids);
  return useMemo(() => {
    const before = scenarioState(file, BASELINE_ID);
    return ids.flatMap((id) => {
      const index = file.scenarios.findIndex((s) => s.id === id);
      const scenarioReport = report.scenarios.find((s) => s.id === id);
      if (index < 0 || !scenarioReport) return [];
      const after = scenarioState(file, id);
      const rows = tables.get(id);
      const names = new Map<string, Unit>([...before.units, ...after.units].map((u) => [u.id, u]));
      return [{
        scenario: file.scenarios[index]!,
        index,
        report: scenarioReport,
        before,
        after,
        rows,
        ledger: ledgerRows({ before, after, baseline: report.baseline.metrics.units, scenario: scenarioReport.metrics.units }),
        story: savingsStory({ before, after, baseline: report.baseline.metrics, scenario: scenarioReport }),
        units: rows ? storyUnits(before, after, rows) : undefined,
        names,
        marks: bureauMarks(rows ?? []),
      }];
    });
  }, [file, report, ids, tables]);
}
