// The meeting parts of the modeller, loaded on idle (see lazy.ts).
import { useMemo } from 'react';
import { ledgerRows, savingsStory } from '../../app/meeting';
import { scenarioState } from '../../app/scenarioState';
import type { Report } from '../../engine';
import { BASELINE_ID, type ScenarioFile } from '../../model';
import { useT } from '../context';
import { LedgerList } from './LedgerList';
import { SavingsSummary } from './SavingsSummary';
import { useViewsText } from './useViewsText';
export { ExamplesList } from '../share/ExamplesList';
export { PresentChooser } from '../present/PresentChooser';
export { ChangeList } from '../panel/ChangeList';
export { FileNotes } from './FileNotes';

/** The savings of the proposal on screen, said apart for the whole area and the zones (under the figures). */
export function SavingsPanel({ file, report, scenarioId }: { file: ScenarioFile; report: Report; scenarioId: string }) {
  const story = useMemo(() => {
    const scenario = report.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return undefined;
    return savingsStory({ before: scenarioState(file, BASELINE_ID), after: scenarioState(file, scenarioId), baseline: report.baseline.metrics, scenario });
  }, [file, report, scenarioId]);
  return story ? <SavingsSummary story={story} /> : null;
}

/** The ledger of the proposal on screen (the panel's 台账 tab). */
export function LedgerPanel({ file, report, scenarioId }: { file: ScenarioFile; report: Report; scenarioId: string }) {
  const { t } = useT();
  const { v } = useViewsText();
  const rows = useMemo(() => {
    const scenario = report.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) return undefined;
    return ledgerRows({ before: scenarioState(file, BASELINE_ID), after: scenarioState(file, scenarioId), baseline: report.baseline.metrics.units, scenario: scenario.metrics.units });
  }, [file, report, scenarioId]);
  if (!rows) return null;
  return (
    <div className="ledger-panel">
      <p className="figures-note">{v('ledger.zonesFirst')}</p>
      <LedgerList rows={rows} />
    </div>
  );
}
