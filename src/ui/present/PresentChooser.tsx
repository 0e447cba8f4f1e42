// Which proposals to present (loaded with the meeting parts, on idle).
import { useState } from 'react';
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { useViewsText } from '../meeting/useViewsText';

export function PresentChooser({ file, initial, onStart }: { file: ScenarioFile; initial: readonly string[]; onStart(proposals: string[]): void }) {
  const { t } = useT();
  const { v } = useViewsText();
  const [chosen, setChosen] = useState<readonly string[]>(initial);
  const ordered = file.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.id);
  return (
    <div className="menu-list present-menu" role="dialog" aria-label={v('presentMenu.choose')}>
      <p className="menu-heading">{v('presentMenu.choose')}</p>
      {file.scenarios.length === 0 && <p className="menu-note">{v('presentMenu.baselineOnly')}</p>}
      {file.scenarios.length > 1 && (
        <label className="menu-check">
          <input type="checkbox" checked={ordered.length === file.scenarios.length} onChange={(e) => setChosen(e.target.checked ? file.scenarios.map((s) => s.id) : [])} />
          <span>{v('presentMenu.all')}</span>
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
      {file.scenarios.length > 0 && ordered.length === 0 && <p className="menu-note">{v('presentMenu.none')}</p>}
      <button type="button" className="primary" data-action="start-present" disabled={file.scenarios.length > 0 && ordered.length === 0} onClick={() => onStart(ordered)}>
        {v('presentMenu.start')}
      </button>
    </div>
  );
}
