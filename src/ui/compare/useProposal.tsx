// One proposal against today, as the before/after view and the slides show it: both states, the
// adjustment table, and the change marks for each side's chart.
import { useMemo } from 'react';
import { scenarioState } from '../../app/scenarioState';
import type { AdjustmentRow, Report, ScenarioReport } from '../../engine';
import { BASELINE_ID, type OrgState, type Scenario, type ScenarioFile, type Unit } from '../../model';
import { OrgChart } from '../chart/OrgChart';
import { useAppState } from '../context';
import { useAdjustments } from './useAdjustments';
import { bureauMarks } from '../../app/meeting';

export interface Proposal {
  scenario: Scenario | undefined;
  scenarioReport: ScenarioReport | undefined;
  before: OrgState;
  after: OrgState;
  rows: AdjustmentRow[] | undefined;
  marks: { before: Map<string, string>; after: Map<string, string> };
  /** Every unit of either side, by id (names for the adjustment table). */
  units: Map<string, Unit>;
}

export function useProposal(file: ScenarioFile, report: Report, scenarioId: string): Proposal {
  const scenario = file.scenarios.find((s) => s.id === scenarioId) ?? file.scenarios[0];
  const rows = useAdjustments(file, scenario?.id);
  const marks = useMemo(() => bureauMarks(rows ?? []), [rows]);
  const before = useMemo(() => scenarioState(file, BASELINE_ID), [file]);
  const after = useMemo(() => (scenario ? scenarioState(file, scenario.id) : before), [file, scenario, before]);
  const units = useMemo(() => new Map<string, Unit>([...before.units, ...after.units].map((u) => [u.id, u])), [before, after]);
  return { scenario, scenarioReport: report.scenarios.find((s) => s.id === scenario?.id), before, after, rows, marks, units };
}

const NO_MARKS = { units: new Map(), bureaus: new Map() };

/** One side's org chart, to look at only, with what the proposal does to each bureau marked. */
export function SideChart({ proposal, side, report, file, className }: { proposal: Proposal; side: 'before' | 'after'; report: Report; file: ScenarioFile; className: string }) {
  const documentId = useAppState((s) => s.documentId);
  const minRatio = useAppState((s) => s.settings.economicRatioMin);
  return (
    <OrgChart
      className={className}
      state={side === 'before' ? proposal.before : proposal.after}
      unitFigures={(side === 'before' ? report.baseline.metrics : proposal.scenarioReport?.metrics)?.units}
      selection={undefined}
      focusTick={0}
      marks={NO_MARKS}
      minRatio={minRatio}
      documentId={documentId}
      readOnly
      // the marks are the point of this chart: cards stay drawn unless the file is province-sized
      simplify={proposal.before.bureaus.length > 2000}
      changes={side === 'before' ? proposal.marks.before : proposal.marks.after}
      onSelect={() => undefined}
    />
  );
}
