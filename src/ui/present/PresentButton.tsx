// 演示: starts the slides at once with the proposal on screen (from today's tab: every proposal);
// the arrow beside it chooses which proposals to present, from any tab.
import { useCallback, useRef, useState } from 'react';
import { BASELINE_ID, type ScenarioFile } from '../../model';
import { useAppState, useT } from '../context';
import { useDismiss } from '../meeting/useDismiss';

/** The proposals presented when none were chosen: the one on screen, or all from today's tab. */
export function defaultProposals(file: ScenarioFile, scenarioId: string): string[] {
  return scenarioId !== BASELINE_ID && file.scenarios.some((s) => s.id === scenarioId) ? [scenarioId] : file.scenarios.map((s) => s.id);
}

export function PresentButton({ file, onPresent }: { file: ScenarioFile; onPresent(proposals: string[]): void }) {
  const { t } = useT();
  const scenarioId = useAppState((s) => s.scenarioId);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const toggle = () => {
    if (!open) setChosen(defaultProposals(file, scenarioId));
    setOpen((o) => !o);
  };
  const ordered = file.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.id);
  return (
    <div className="menu split-button" ref={ref}>
      <button type="button" data-action="present" onClick={() => onPresent(defaultProposals(file, scenarioId))}>{t('view.present')}</button>
      <button type="button" data-action="present-choose" aria-expanded={open} aria-label={t('presentMenu.choose')} title={t('presentMenu.choose')} onClick={toggle}>▾</button>
      {open && (
        <div className="menu-list present-menu" role="dialog" aria-label={t('presentMenu.choose')}>
          <p className="menu-heading">{t('presentMenu.choose')}</p>
          {file.scenarios.length === 0 && <p className="menu-note">{t('presentMenu.baselineOnly')}</p>}
          {file.scenarios.length > 1 && (
            <label className="menu-check">
              <input type="checkbox" checked={chosen.length === file.scenarios.length} onChange={(e) => setChosen(e.target.checked ? file.scenarios.map((s) => s.id) : [])} />
              <span>{t('presentMenu.all')}</span>
            </label>
          )}
          <div className="menu-checks">
            {file.scenarios.map((s) => (
              <label key={s.id} className="menu-check" title={s.name}>
                <input type="checkbox" data-present-proposal={s.id} checked={chosen.includes(s.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, s.id] : c.filter((id) => id !== s.id)))} />
                <span>{s.name}</span>
              </label>
            ))}
          </div>
          {file.scenarios.length > 0 && ordered.length === 0 && <p className="menu-note">{t('presentMenu.none')}</p>}
          <button type="button" className="primary" data-action="start-present" disabled={file.scenarios.length > 0 && ordered.length === 0} onClick={() => (setOpen(false), onPresent(ordered))}>
            {t('presentMenu.start')}
          </button>
        </div>
      )}
    </div>
  );
}
