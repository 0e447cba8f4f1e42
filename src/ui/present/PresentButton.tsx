// 演示: starts the slides at once with the proposal on screen (from today's tab: every proposal);
// the arrow beside it chooses which proposals to present, from any tab.
import { useEffect } from 'react';
import { BASELINE_ID, type ScenarioFile } from '../../model';
import { preloadWhenIdle } from '../deferred';
import { useAppState, useT } from '../context';
import { PresentChooser, meetingParts } from '../meeting/lazy';
import { usePopover } from '../meeting/useDismiss';

/** The proposals presented when none were chosen: the one on screen, or all from today's tab. */
export function defaultProposals(file: ScenarioFile, scenarioId: string): string[] {
  return scenarioId !== BASELINE_ID && file.scenarios.some((s) => s.id === scenarioId) ? [scenarioId] : file.scenarios.map((s) => s.id);
}

export function PresentButton({ file, onPresent }: { file: ScenarioFile; onPresent(proposals: string[]): void }) {
  const { t } = useT();
  const scenarioId = useAppState((s) => s.scenarioId);
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  // the meeting parts of the modeller arrive once the page has painted
  useEffect(() => preloadWhenIdle([meetingParts]), []);
  return (
    <div className="menu split-button" ref={ref}>
      <button type="button" data-action="present" onClick={() => onPresent(defaultProposals(file, scenarioId))}>{t('view.present')}</button>
      <button type="button" data-action="present-choose" aria-expanded={open} aria-label={t('view.present')} title={t('view.present')} onClick={() => setOpen((o) => !o)}>▾</button>
      {open && <PresentChooser file={file} initial={defaultProposals(file, scenarioId)} onStart={(ids) => (setOpen(false), onPresent(ids))} />}
    </div>
  );
}
