// "Suggest a plan" (data-action="suggest-plan" opens it): the conditions, then the worker's progress
// with a cancel that stops its work, then the plan to read before adding it as a new proposal (one
// undo step). Nothing in the file changes until it is added.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { SuggestionRun, SuggestionMade } from '../../app/assistant';
import { scenarioState } from '../../app/scenarioState';
import { BASELINE_ID, type FunctionDef, type ScenarioFile } from '../../model';
import type { Progress, SuggestRequest } from '../../plan/types';
import { useAppState, useT } from '../context';
import { SuggestOptions } from './SuggestOptions';
import { SuggestResult } from './SuggestResult';
import { type PlanningT, useAssistant, usePlanningT } from './usePlanning';
import './assistant.css';

type Phase =
  | { kind: 'options' }
  | { kind: 'running'; progress?: Progress }
  | { kind: 'result'; made: SuggestionMade }
  /** `stopped`: the worker stopped its work; otherwise the plan came after the cancel and was dropped */
  | { kind: 'cancelled'; stopped: boolean }
  | { kind: 'failed'; message: string };

interface Props {
  file: ScenarioFile;
  functions: ReadonlyMap<string, FunctionDef>;
  onClose(): void;
}

export function SuggestDialog({ file, functions, onClose }: Props) {
  const { lang } = useT();
  const p = usePlanningT();
  const assistant = useAssistant();
  const scenarioId = useAppState((s) => s.scenarioId);
  const report = useAppState((s) => s.report);
  const [request, setRequest] = useState<SuggestRequest>(() => ({ from: scenarioId, objective: 'fewest-changes', locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [] }));
  const [phase, setPhase] = useState<Phase>({ kind: 'options' });
  const run = useRef<SuggestionRun>(undefined);
  const cancelled = useRef(false);
  const frame = useRef<HTMLDivElement>(null);

  // a suggestion still under way when the dialog goes is stopped: nobody waits for it
  useEffect(() => () => run.current?.cancel(), []);
  useEffect(() => frame.current?.querySelector<HTMLElement>('select, button.primary')?.focus(), [phase.kind]);

  const start = () => {
    if (!assistant) return;
    cancelled.current = false;
    setPhase({ kind: 'running' });
    const started = assistant.suggest(request, (progress) => setPhase((now) => (now.kind === 'running' ? { kind: 'running', progress } : now)));
    run.current = started;
    started.done.then(
      (made) => {
        if (run.current !== started) return;
        run.current = undefined;
        if (!made) return setPhase({ kind: 'failed', message: '' });
        const { answer, basis } = made;
        // cancelled after the last report (while the engine checks the plan), the plan still comes: it is dropped
        if (answer.ok && !cancelled.current) setPhase({ kind: 'result', made: { basis, result: answer.result } });
        else if (!answer.ok && answer.cancelled) setPhase({ kind: 'cancelled', stopped: true });
        else setPhase(cancelled.current ? { kind: 'cancelled', stopped: false } : { kind: 'failed', message: answer.ok ? '' : answer.message[lang] });
      },
      (error: unknown) => setPhase({ kind: 'failed', message: String(error) }),
    );
  };
  // the worker stops at its next report and answers "cancelled"
  const cancel = () => {
    cancelled.current = true;
    run.current?.cancel();
  };
  const add = async (made: SuggestionMade) => {
    if (!assistant) return;
    if (await assistant.addSuggestion(made)) onClose();
  };
  const close = () => {
    if (phase.kind === 'running') cancel();
    onClose();
  };

  const before = report && (request.from === BASELINE_ID ? report.baseline.metrics : report.scenarios.find((s) => s.id === request.from)?.metrics);
  const fromUnits = phase.kind === 'result' ? scenarioState(file, request.from).units : [];

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && phase.kind !== 'running' && close()}>
      <div ref={frame} className="modal suggest-dialog" role="dialog" aria-modal="true" aria-label={p('planning.suggest.title')} data-suggest-phase={phase.kind} onKeyDown={(e) => onKey(e, close)}>
        <h2>{p('planning.suggest.title')}</h2>
        <div className="modal-body">
          {phase.kind === 'options' && <SuggestOptions file={file} functions={functions} request={request} onChange={setRequest} p={p} />}
          {phase.kind === 'running' && <SuggestProgress progress={phase.progress} p={p} />}
          {phase.kind === 'result' && <SuggestResult result={phase.made.result} before={before} units={fromUnits} p={p} />}
          {phase.kind === 'cancelled' && <p role="status" data-suggest-cancelled={phase.stopped ? 'stopped' : 'dropped'}>{p('planning.cancelled')}</p>}
          {phase.kind === 'failed' && (
            <p role="alert">
              {p('planning.failed')} {phase.message}
            </p>
          )}
        </div>
        <DialogActions phase={phase} ready={assistant !== undefined} onCancel={cancel} onClose={close} onBack={() => setPhase({ kind: 'options' })} onStart={start} onAdd={(made) => void add(made)} p={p} />
      </div>
    </div>
  );
}

/** The worker's progress: the count of groups of zones first, then each one solved, then the engine's check. */
function SuggestProgress({ progress, p }: { progress: Progress | undefined; p: PlanningT }) {
  const share = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <div className="suggest-progress" role="status">
      <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={progress?.total ?? 0} aria-valuenow={progress?.done ?? 0} data-done={progress?.done ?? ''} data-total={progress?.total ?? ''}>
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <p>{!progress ? p('planning.progress.preparing') : progress.done < progress.total ? p('planning.progress.solving', progress) : p('planning.progress.checking')}</p>
      <p className="field-hint">{p('planning.progress.hint')}</p>
    </div>
  );
}

interface ActionsProps {
  phase: Phase;
  ready: boolean;
  onCancel(): void;
  onClose(): void;
  onBack(): void;
  onStart(): void;
  onAdd(made: SuggestionMade): void;
  p: PlanningT;
}

/** The buttons of each phase: cancel while the worker solves; close, go back, solve or add otherwise. */
function DialogActions({ phase, ready, onCancel, onClose, onBack, onStart, onAdd, p }: ActionsProps) {
  return (
    <div className="modal-actions">
      {phase.kind === 'running' ? (
        <button type="button" data-action="cancel-suggestion" onClick={onCancel}>{p('planning.progress.cancel')}</button>
      ) : (
        <button type="button" data-action="close-suggestion" onClick={onClose}>{p('planning.suggest.close')}</button>
      )}
      {(phase.kind === 'result' || phase.kind === 'cancelled' || phase.kind === 'failed') && (
        <button type="button" data-action="suggest-again" onClick={onBack}>{p('planning.result.back')}</button>
      )}
      {phase.kind === 'options' && (
        <button type="button" className="primary" data-action="start-suggestion" disabled={!ready} onClick={onStart}>{p('planning.suggest.start')}</button>
      )}
      {phase.kind === 'result' && (
        <button type="button" className="primary" data-action="add-suggestion" disabled={phase.made.result.plan.length === 0} onClick={() => onAdd(phase.made)}>
          {p('planning.result.add')}
        </button>
      )}
    </div>
  );
}

/** Esc closes (a suggestion under way is cancelled); Tab stays inside the dialog. */
function onKey(event: KeyboardEvent<HTMLDivElement>, close: () => void): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    close();
    return;
  }
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((el) => !el.hasAttribute('disabled'));
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
