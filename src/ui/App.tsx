import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { unitFiguresOf } from '../app/figures';
import { scenarioState } from '../app/scenarioState';
import type { ChangeLine, Violation } from '../engine';
import { BASELINE_ID, type Operation, type ScenarioFile, functionCatalogue } from '../model';
import { OrgChart, type Selection } from './chart/OrgChart';
import type { DropTarget } from '../app/drop';
import { findingTarget, marksOf } from '../app/findings';
import { useActions, useAppState, useBusy, useT } from './context';
import { type DialogRequest, changesProposal } from './dialogs/requests';
import { Header, type View } from './Header';
import { deferred, deferredComponent, preloadWhenIdle } from './deferred';
import { officeParts } from './office/load';
// the views for meetings load when first opened: the modeller starts with less to download
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const BeforeAfterView = lazy(() => import('./compare/BeforeAfterView').then((m) => ({ default: m.BeforeAfterView })));
const Presentation = lazy(() => import('./present/Presentation').then((m) => ({ default: m.Presentation })));
// dialogs open only on a user action: fetched on idle after the first paint, not with it
const dialogs = deferred(() => import('./dialogs/DialogHost'));
const DialogHost = deferredComponent(dialogs, (m) => m.DialogHost);
const SharingHost = deferredComponent(dialogs, (m) => m.SharingHost);
// the table import's preview (SPEC §11) loads with the first table brought in
const TableImportDialog = deferredComponent(officeParts, (m) => m.TableImportDialog);
// so does the inspector: it shows only what a click selected
// the search box (and its index) comes right after the first paint: it is asked for only once the chart is read
const chartSearch = deferred(() => import('./chart/ChartSearch'));
const ChartSearch = deferredComponent(chartSearch, (m) => m.ChartSearch);
const inspector = deferred(() => import('./panel/Inspector'));
const Inspector = deferredComponent(inspector, (m) => m.Inspector);
const fileDialogs = deferred(() => import('./share/fileDialogs'));
const ImportErrors = deferredComponent(fileDialogs, (m) => m.ImportErrors);
const EncodingCheck = deferredComponent(fileDialogs, (m) => m.EncodingCheck);
import { useFileDrop } from './share/useFileDrop';
import { chartExport } from './export/chartExport';
import { PrintedChart } from './chart/PrintedChart';
import { Notices } from './Notices';
import { EconomicRatios } from './panel/EconomicRatios';
import { Figures } from './panel/Figures';
import { LedgerPanel, SavingsPanel } from './meeting/lazy';
import { isIllustrative } from '../app/meeting';
import { Violations } from './panel/Violations';
import { ScenarioTabs } from './ScenarioTabs';
import { Starting } from './Starting';
import { lockReason } from '../app/approval';
import { AuthorDialog, ChangesPanel, LockNote, statusParts } from './status/lazy';
import { SuggestButton } from './assistant/SuggestButton';
import { assistantScreens } from './assistant/lazy';

export function App() {
  const status = useAppState((s) => s.status);
  const file = useAppState((s) => s.file);
  if (status === 'starting' || !file) return <Starting noFile={status === 'noFile'} />;
  return <FileScreen file={file} />;
}

/** An open file: the view chosen (model, compare, before/after, slides) with its header and panels. */
// Long: it lays out every view of an open file and holds the selection and dialog they share; it decides nothing of the domain (src/app does).
function FileScreen({ file }: { file: ScenarioFile }) {
  const { t, say } = useT();
  const actions = useActions();
  const scenarioId = useAppState((s) => s.scenarioId);
  const report = useAppState((s) => s.report);
  const pending = useBusy();
  const changes = useAppState((s) => s.changes);
  const documentId = useAppState((s) => s.documentId);
  const [selection, setSelection] = useState<Selection>();
  const [focusTick, setFocusTick] = useState(0);
  const [dialog, setDialog] = useState<DialogRequest>();
  const [tab, setTab] = useState<'violations' | 'changes' | 'ledger'>('violations');
  // the change list is asked of the engine only while it is on screen
  const changesShown = tab === 'changes' && scenarioId !== BASELINE_ID;
  useEffect(() => actions.watchChanges(changesShown), [actions, changesShown]);
  const operationCount = file.scenarios.find((s) => s.id === scenarioId)?.operations.length ?? 0;
  const [view, setView] = useState<View>('model');
  // the proposals chosen for the slides (from any tab)
  const [presenting, setPresenting] = useState<string[]>([]);
  const importErrors = useAppState((s) => s.importErrors);
  // a table dropped is imported (its preview first); for a scenario file dropped on open work the user says what to do with it (Shift: bring its proposals in)
  const dropping = useFileDrop(useCallback((dropped: File, shift: boolean) => void actions.office.openDropped(dropped, () => actions.share.dropped(dropped, shift)), [actions]));
  const tableImport = useAppState((s) => s.tableImport !== undefined);
  const sharing = useAppState((s) => s.sharing !== undefined);
  const encodingCheck = useAppState((s) => s.encodingCheck);

  const state = useMemo(() => scenarioState(file, scenarioId), [file, scenarioId]);
  const functions = useMemo(() => functionCatalogue(file.functions), [file.functions]);
  const scenarioReport = report?.scenarios.find((s) => s.id === scenarioId);
  const metrics = scenarioReport?.metrics ?? report?.baseline.metrics;
  const violations = (scenarioId === BASELINE_ID ? report?.baseline.violations : scenarioReport?.violations) ?? [];
  const marks = useMemo(() => marksOf(violations), [violations]);
  const minRatio = useAppState((s) => s.settings.economicRatioMin);
  const askingAuthor = useAppState((s) => s.askingAuthor);
  const lock = lockReason(file, scenarioId);
  const locked = lock ? say(lock) : undefined;

  useEffect(() => preloadWhenIdle([dialogs, inspector, chartExport, fileDialogs, statusParts, assistantScreens]), []);

  // an approved proposal takes no change: a dialog that would make one does not open, the reason is said at once
  const lockNow = useRef(lock);
  lockNow.current = lock;
  const open = useCallback(
    (request: DialogRequest) => {
      if (lockNow.current && changesProposal(request)) actions.inform('error', lockNow.current);
      else setDialog(request);
    },
    [actions],
  );

  const show = useCallback((next: Selection) => {
    setSelection(next);
    setFocusTick((n) => n + 1);
  }, []);

  const submit = useCallback(
    async (operation: Operation) => {
      setDialog(undefined);
      await actions.apply(operation);
    },
    [actions],
  );

  // read when used, so that the handlers stay the same objects from one state to the next (new ones
  // would draw every card on screen again after each drop)
  const stateNow = useRef(state);
  stateNow.current = state;
  // what a drop means is the app's to decide; a merge first asks for the merged bureau's name
  const onDrop = useCallback(
    (bureauId: string, target: DropTarget) => {
      const { decision, done } = actions.drop(bureauId, target);
      if (decision.kind === 'merge') setDialog({ kind: 'merge', bureau: decision.bureau, with: decision.with });
      return done;
    },
    [actions],
  );

  const onCardKey = useCallback((id: string, key: string) => {
    if (key === 'm' || key === 'M') open({ kind: 'move', bureau: id });
    if (key === 'Delete') open({ kind: 'abolish', bureau: id });
  }, [open]);

  // Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y; not while typing in a field
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (dialog || sharing || view === 'present' || target.closest('input, textarea, select')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void (event.shiftKey ? actions.redo() : actions.undo());
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        void actions.redo();
      } else if (event.key === 'Escape') setSelection(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, dialog, sharing, view]);

  const showViolation = useCallback(
    (v: Violation) => {
      const state = stateNow.current;
      const target = findingTarget(v);
      const shown = target?.kind === 'bureau' ? state.bureaus : state.units;
      if (target && shown.some((item) => item.id === target.id)) show(target);
    },
    [show],
  );
  const showUnit = useCallback((id: string) => show({ kind: 'unit', id }), [show]);

  const showChange = useCallback(
    (line: ChangeLine) => {
      const state = stateNow.current;
      const bureau = line.bureaus.find((id) => state.bureaus.some((b) => b.id === id));
      const unit = line.units.find((id) => state.units.some((u) => u.id === id));
      if (bureau) show({ kind: 'bureau', id: bureau });
      else if (unit) show({ kind: 'unit', id: unit });
    },
    [show],
  );

  const selectedBureau = selection?.kind === 'bureau' ? state.bureaus.find((b) => b.id === selection.id) : undefined;
  const selectedUnit = selection?.kind === 'unit' ? state.units.find((u) => u.id === selection.id) : undefined;
  const errors = violations.filter((v) => v.severity === 'error').length;

  if (view === 'present' && report) {
    return (
      <>
        <Suspense fallback={<div className="loading">{t('app.loading')}</div>}>
          <Presentation file={file} report={report} proposals={presenting} onExit={() => setView('model')} />
        </Suspense>
        <Notices />
      </>
    );
  }

  return (
    <div className={`app view-${view}`}>
      <Header file={file} view={view} onView={(next, proposals) => (setPresenting(proposals ?? []), setView(next))} />
      {view === 'compare' && report && (
        <main className="page">
          <Suspense fallback={<p className="pending">{t('app.loading')}</p>}>
            <CompareView file={file} report={report} />
          </Suspense>
        </main>
      )}
      {view === 'beforeAfter' && report && (
        <main className="page">
          <Suspense fallback={<p className="pending">{t('app.loading')}</p>}>
            <BeforeAfterView file={file} report={report} scenarioId={scenarioId} onChoose={(id) => actions.switchScenario(id)} />
          </Suspense>
        </main>
      )}
      {view === 'model' && (
        <>
      <ScenarioTabs file={file} current={scenarioId} open={open} />
      <main className="workspace">
        <PrintedChart state={state} title={`${file.title} · ${scenarioReport?.name ?? t('state.baseline')}${isIllustrative(file) ? ` · ${t('fileInfo.illustrative')}` : ''}`} />
        <OrgChart
          state={state}
          unitFigures={metrics?.units}
          selection={selection}
          focusTick={focusTick}
          marks={marks}
          minRatio={minRatio}
          documentId={documentId}
          onExport={(format) => void chartExport.load().then((m) => m.exportOrgChart(format, state, `${file.title} · ${scenarioReport?.name ?? t('state.baseline')}`, t, undefined, isIllustrative(file) ? ` · ${t('fileInfo.illustrative')}` : '')).then((scaled) => scaled && actions.inform('info', scaled))}
          onSelect={setSelection}
          locked={locked}
          onDrop={onDrop}
          onCardKey={onCardKey}
        >
          <ChartSearch state={state} functions={functions} active={!dialog && !sharing} onChoose={(hit) => show({ kind: hit.kind, id: hit.id })} />
        </OrgChart>
        <aside className="panel">
          <LockNoteOf file={file} scenarioId={scenarioId} />
          <Inspector
            bureau={selectedBureau}
            unit={selectedUnit}
            unitOfBureau={selectedBureau && state.units.find((u) => u.id === selectedBureau.unit)}
            figures={selectedUnit && unitFiguresOf(metrics, selectedUnit.id)}
            functions={functions}
            open={open}
            onClose={() => setSelection(undefined)}
          />
          {report && metrics && (
            <>
              <Figures baseline={report.baseline.metrics} scenario={scenarioReport} pending={pending}>
                <SavingsPanel file={file} report={report} scenarioId={scenarioId} />
              </Figures>
              <EconomicRatios units={state.units} metrics={metrics} baseline={scenarioReport ? report.baseline.metrics : undefined} min={minRatio} pending={pending} onSelect={showUnit} />
            </>
          )}
          <div className="panel-tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'violations'} onClick={() => setTab('violations')}>
              {t('panel.violations')} <span className={`count${errors > 0 ? ' has-errors' : ''}`}>{violations.length}</span>
            </button>
            <button type="button" role="tab" aria-selected={tab === 'changes'} onClick={() => setTab('changes')} disabled={scenarioId === BASELINE_ID}>
              {t('panel.changes')} <span className="count">{operationCount}</span>
            </button>
            <button type="button" role="tab" data-panel-tab="ledger" aria-selected={tab === 'ledger'} onClick={() => setTab('ledger')} disabled={scenarioId === BASELINE_ID}>
              {t('panel.ledger')}
            </button>
          </div>
          {tab === 'violations' || scenarioId === BASELINE_ID ? (
            <>
              <SuggestButton file={file} functions={functions} />
              <Violations violations={violations} pending={pending} onShow={showViolation} />
            </>
          ) : tab === 'changes' ? (
            <ChangesPanel file={file} scenarioId={scenarioId} lines={changes} onShow={showChange} />
          ) : (
            report && <LedgerPanel file={file} report={report} scenarioId={scenarioId} />
          )}
        </aside>
      </main>
        </>
      )}
      <Notices />
      {sharing && <SharingHost />}
      {importErrors && <ImportErrors name={importErrors.name} errors={importErrors.errors} />}
      {encodingCheck && <EncodingCheck check={encodingCheck} />}
      {tableImport && <TableImportDialog />}
      {dropping && <div className="drop-overlay">{t('app.dropHere')}</div>}
      {askingAuthor && <AuthorDialog />}
      {dialog && <DialogHost request={dialog} file={file} scenarioId={scenarioId} state={state} functions={functions} submit={(op) => void submit(op)} onClose={() => setDialog(undefined)} />}
    </div>
  );
}

/** The lock note of the proposal on screen (none for a draft). */
function LockNoteOf({ file, scenarioId }: { file: ScenarioFile; scenarioId: string }) {
  const scenario = file.scenarios.find((s) => s.id === scenarioId);
  return scenario ? <LockNote scenario={scenario} /> : null;
}
