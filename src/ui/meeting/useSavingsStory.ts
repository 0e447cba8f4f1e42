import { useMemo } from 'react';
import { type SavingsStory, savingsStory } from '../../app/meeting/savings';
import { scenarioState } from '../../app/scenarioState';
import type { Report } from '../../engine';
import { BASELINE_ID, type ScenarioFile } from '../../model';

/** The savings of the proposal on screen as the figures panel says them; undefined on today's tab. */
export function useSavingsStory(file: ScenarioFile, report: Report | undefined, scenarioId: string): SavingsStory | undefined {
  return useMemo(() => {
    const scenario = report?.scenarios.find((s) => s.id === scenarioId);
    if (!report || !scenario) return undefined;
    return savingsStory({ before: scenarioState(file, BASELINE_ID), after: scenarioState(file, scenarioId), baseline: report.baseline.metrics, scenario });
  }, [file, report, scenarioId]);
}
