// The fixes of one problem, shown under it when the user opens them: up to three changes that
// clear it without a new error, each in words with its effect on the figures, and a button that
// applies it as one undo step (data-action="apply-fix"). Worked out by the worker when opened,
// and again when the file or the proposal on screen changes; where there is none, the reason.
import { useEffect, useMemo, useState } from 'react';
import { type FixesOffered, fixesInPlace } from '../../app/assistant';
import { subjectText } from '../../app/findings';
import { fixEffects } from '../../app/planEffects';
import type { Violation } from '../../engine';
import { scenarioState } from '../../app/scenarioState';
import { BASELINE_ID } from '../../model';
import { renderChange } from '../../i18n/changes';
import { useAppState, useT } from '../context';
import { Effects } from './Effects';
import { useAssistant, usePlanningT } from './usePlanning';
import './assistant.css';

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'done'; offered: FixesOffered | undefined };

export function FixesPanel({ violation }: { violation: Violation }) {
  const { lang } = useT();
  const p = usePlanningT();
  const assistant = useAssistant();
  const file = useAppState((s) => s.file);
  const scenarioId = useAppState((s) => s.scenarioId);
  const units = useMemo(() => (file ? scenarioState(file, scenarioId).units : []), [file, scenarioId]);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [applying, setApplying] = useState(false);
  const problem = useMemo(() => ({ rule: violation.rule, subject: subjectText(violation.subject) }), [violation]);

  useEffect(() => {
    if (!assistant) return;
    let live = true;
    setLoaded({ state: 'loading' });
    assistant.fixes(problem).then(
      (offered) => live && setLoaded({ state: 'done', offered }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
    // asked again when the file or the proposal on screen changes: fixes belong to one state
  }, [assistant, problem, file, scenarioId, attempt]);

  if (loaded.state === 'loading') return <div className="fixes is-loading" role="status">{p('planning.fixes.loading')}</div>;
  if (loaded.state === 'failed')
    return (
      <div className="fixes" role="alert">
        {p('planning.fixes.failed')} <button type="button" onClick={() => setAttempt((n) => n + 1)}>{p('planning.fixes.retry')}</button>
      </div>
    );
  const { offered } = loaded;
  if (!offered) return null;
  if (offered.fixes.length === 0)
    return (
      <div className="fixes none" data-fixes-none="">
        <strong>{p('planning.fixes.none')}</strong>
        {offered.none && <p>{offered.none[lang]}</p>}
      </div>
    );
  const onBaseline = offered.scenarioId === BASELINE_ID;
  const scenario = offered.basis.scenarios.find((s) => s.id === offered.scenarioId);
  // today and an approved proposal are not edited: the fix goes into a new proposal
  const inNew = onBaseline || (scenario !== undefined && !fixesInPlace(scenario));
  const apply = async (index: number) => {
    if (!assistant || applying) return;
    setApplying(true);
    try {
      await assistant.applyFix(offered, index);
    } finally {
      setApplying(false);
    }
  };
  return (
    <div className="fixes" aria-label={p('planning.fixes.title')}>
      {inNew && <p className="fixes-note">{p(onBaseline ? 'planning.fixes.baselineNote' : 'planning.fixes.approvedNote')}</p>}
      <ol>
        {offered.fixes.map((fix, index) => (
          <li key={index} className="fix" data-fix-index={index}>
            <div className="fix-head">
              <span className="fix-number">{p('planning.fixes.option', { n: index + 1 })}</span>
              {fix.operations.length > 1 && <span className="fix-several">{p('planning.fixes.several', { n: fix.operations.length })}</span>}
            </div>
            <ul className="fix-changes">
              {fix.changes.map((line) => (
                <li key={line.index}>{renderChange(lang, line.message)}</li>
              ))}
            </ul>
            <Effects groups={fixEffects(fix.before, fix.after, units)} p={p} />
            <button type="button" className="primary" data-action="apply-fix" disabled={applying} onClick={() => void apply(index)}>
              {inNew ? p('planning.fixes.applyNew') : p('planning.fixes.apply')}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
