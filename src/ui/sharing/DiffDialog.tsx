// "What differs": the open file (A) and another (B), two proposals of the open file, or a proposal
// and its state before one of the steps that changed it. The engine works it out in its worker;
// this view lays out today's organisation field by field, the proposals operation by operation,
// and the figures side by side.
import { useEffect, useState } from 'react';
import type { EarlierState } from '../../app/sharing/earlier';
import type { OtherFile } from '../../app/sharing/request';
import type { FileDiffView, ProposalDiffView } from '../../engine/share';
import type { FileError, ScenarioFile } from '../../model';
import { useActions } from '../context';
import { BaselineDiffView, Field, baselineCounts } from './BaselineDiffView';
import { FiguresSideBySide, OperationChanges, ProposalEntries } from './DiffParts';
import { ShareErrors, Sheet } from './Sheet';
import { NamesProvider } from './values';
import { useShareWords } from './words';

type Mode = 'file' | 'proposals' | 'earlier';
type Result = { kind: 'file'; view: FileDiffView } | { kind: 'proposals'; view: ProposalDiffView; labels: [string, string] };

export function DiffDialog({ other, file, scenarioId }: { other?: OtherFile; file: ScenarioFile; scenarioId: string }) {
  const { s, t, say } = useShareWords();
  const actions = useActions();
  const proposals = file.scenarios;
  const [mode, setMode] = useState<Mode>('file');
  const [a, setA] = useState(proposals[0]?.id ?? '');
  const [b, setB] = useState(proposals[1]?.id ?? proposals[0]?.id ?? '');
  const [proposal, setProposal] = useState(proposals.find((p) => p.id === scenarioId)?.id ?? proposals[0]?.id ?? '');
  const [earlier, setEarlier] = useState<EarlierState[]>([]);
  const [steps, setSteps] = useState<number>();
  const [result, setResult] = useState<Result>();
  const [errors, setErrors] = useState<FileError[]>([]);
  const [working, setWorking] = useState(false);

  // the earlier states of the proposal chosen, newest first; the newest is compared at once
  useEffect(() => {
    if (mode !== 'earlier') return;
    let live = true;
    void actions.share.earlierStates(proposal).then((states) => {
      if (!live) return;
      setEarlier(states);
      setSteps(states[0]?.steps);
    });
    return () => {
      live = false;
    };
  }, [actions, mode, proposal, file]);

  // the comparison asked for; a newer question makes an older answer moot
  useEffect(() => {
    let live = true;
    setResult(undefined);
    setErrors([]);
    const ask = (): Promise<void> | undefined => {
      if (mode === 'file' && other) {
        return actions.share.compareFile(other.token).then((reply) => {
          if (!live) return;
          if (reply.ok) setResult({ kind: 'file', view: reply.view });
          else setErrors(reply.errors);
        });
      }
      if (mode === 'proposals' && a && b) {
        return actions.share.compareProposals(a, b).then((reply) => {
          if (!live) return;
          if (reply.ok) setResult({ kind: 'proposals', view: reply.view, labels: [`A ${reply.view.before.name}`, `B ${reply.view.after.name}`] });
          else setErrors(reply.errors);
        });
      }
      if (mode === 'earlier' && proposal && steps !== undefined) {
        return actions.share.compareEarlier(proposal, steps).then((reply) => {
          if (!live) return;
          if (reply.ok) setResult({ kind: 'proposals', view: reply.view, labels: [`A ${s('sv.diff.earlierSide', { steps })}`, `B ${s('sv.diff.nowSide')}`] });
          else setErrors(reply.errors);
        });
      }
      return undefined;
    };
    const asked = ask();
    if (asked) {
      setWorking(true);
      void asked.finally(() => live && setWorking(false));
    }
    return () => {
      live = false;
    };
  }, [actions, mode, other, a, b, proposal, steps, s]);

  const modes: Mode[] = ['file', 'proposals', 'earlier'];
  return (
    <Sheet kind="diff" title={s('sv.diff.title')} ready={!working} onClose={() => void actions.share.close()}>
      <div className="share-modes" role="tablist">
        {modes.map((m) => (
          <button key={m} type="button" role="tab" data-diff-mode={m} aria-selected={mode === m} onClick={() => setMode(m)}>
            {s(`sv.diff.mode.${m}`)}
          </button>
        ))}
      </div>
      <div className="share-chooser">
        {mode === 'file' && (
          <>
            <label className="share-file-button">
              {s('sv.diff.chooseFile')}
              <input
                type="file"
                accept=".json,application/json"
                data-action="diff-file"
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  event.target.value = '';
                  if (chosen) void actions.share.read(chosen, 'diff');
                }}
              />
            </label>
            <span className="share-note">{other ? s('sv.diff.sides', { a: file.title, b: `${other.title}（${other.name}）` }) : s('sv.diff.fileHint')}</span>
          </>
        )}
        {mode === 'proposals' &&
          (proposals.length < 2 ? (
            <span className="share-note">{s('sv.diff.noProposals')}</span>
          ) : (
            <>
              <label className="share-select">
                {s('sv.diff.proposalA')}
                <select data-diff-a="" value={a} onChange={(e) => setA(e.target.value)}>
                  {proposals.map((p) => (
                    <option key={p.id} value={p.id}>{p.name}</option>
                  ))}
                </select>
              </label>
              <label className="share-select">
                {s('sv.diff.proposalB')}
                <select data-diff-b="" value={b} onChange={(e) => setB(e.target.value)}>
                  {proposals.map((p) => (
                    <option key={p.id} value={p.id}>{p.name}</option>
                  ))}
                </select>
              </label>
            </>
          ))}
        {mode === 'earlier' && (
          <>
            <label className="share-select">
              {s('sv.diff.proposal')}
              <select data-diff-proposal="" value={proposal} onChange={(e) => setProposal(e.target.value)}>
                {proposals.map((p) => (
                  <option key={p.id} value={p.id}>{p.name}</option>
                ))}
              </select>
            </label>
            {earlier.length > 0 ? (
              <label className="share-select wide">
                {s('sv.diff.earlierState')}
                <select data-diff-earlier="" value={steps ?? ''} onChange={(e) => setSteps(Number(e.target.value))}>
                  {earlier.map((state) => (
                    <option key={state.steps} value={state.steps}>{s('sv.diff.before', { steps: state.steps, label: say(state.label) })}</option>
                  ))}
                </select>
              </label>
            ) : (
              <span className="share-note">{s('sv.diff.noEarlier')}</span>
            )}
          </>
        )}
      </div>
      <ShareErrors title={s('sv.refusedTitle')} errors={errors} />
      {working && <p className="share-working">{s('sv.working')}</p>}
      {result?.kind === 'file' && <FileResult view={result.view} labels={[`A ${file.title}`, `B ${result.view.b.title}`]} />}
      {result?.kind === 'proposals' && <ProposalResult view={result.view} labels={result.labels} baselineLabel={t('state.baseline')} />}
    </Sheet>
  );
}

function FileResult({ view, labels }: { view: FileDiffView; labels: [string, string] }) {
  const { s, t } = useShareWords();
  const counts = baselineCounts(view.baseline);
  const same = view.file.length === 0 && counts.units + counts.bureaus + counts.functions + counts.rules === 0 && view.proposals.length === 0;
  return (
    <NamesProvider names={view.names}>
      <div className="share-result" data-diff-result="">
        <p className="share-lead">{same ? s('sv.diff.same') : s('sv.diff.summary', { units: counts.units, bureaus: counts.bureaus, proposals: view.proposals.length })}</p>
        {view.file.length > 0 && (
          <details className="share-section" open>
            <summary>{s('sv.diff.file')}</summary>
            <ul className="share-fields">
              {view.file.map((f) => (
                <li key={f.field} data-diff-field={f.field}>
                  <Field change={f} />
                </li>
              ))}
            </ul>
          </details>
        )}
        <details className="share-section" open>
          <summary>{s('sv.baseline.title')}</summary>
          <BaselineDiffView diff={view.baseline} />
        </details>
        {view.proposals.length > 0 && (
          <details className="share-section" open>
            <summary>{s('sv.diff.proposals')}</summary>
            <ProposalEntries entries={view.proposals} />
          </details>
        )}
        <details className="share-section" open>
          <summary>{s('sv.diff.figures')}</summary>
          {view.figures.map((f) => (
            <section key={f.state} className="share-state">
              <h4>{f.state === 'baseline' ? t('state.baseline') : f.name ?? f.state}</h4>
              <FiguresSideBySide view={f} labels={labels} />
            </section>
          ))}
        </details>
      </div>
    </NamesProvider>
  );
}

function ProposalResult({ view, labels, baselineLabel }: { view: ProposalDiffView; labels: [string, string]; baselineLabel: string }) {
  const { s } = useShareWords();
  const counts = baselineCounts(view.baseline);
  const sameBaseline = counts.units + counts.bureaus + counts.functions + counts.rules === 0;
  const same = sameBaseline && view.fields.length === 0 && view.operations.length === 0;
  return (
    <NamesProvider names={view.names}>
      <div className="share-result" data-diff-result="">
        <p className="share-lead">{same ? s('sv.diff.same') : `${labels[0]} → ${labels[1]}`}</p>
        {!sameBaseline && (
          <details className="share-section" open>
            <summary>{s('sv.baseline.title')}</summary>
            <BaselineDiffView diff={view.baseline} />
          </details>
        )}
        {view.fields.length > 0 && (
          <details className="share-section" open>
            <summary>{s('sv.diff.proposalFields')}</summary>
            <ul className="share-fields">
              {view.fields.map((f) => (
                <li key={f.field} data-diff-field={f.field}>
                  <Field change={f} />
                </li>
              ))}
            </ul>
          </details>
        )}
        {view.operations.length > 0 && (
          <details className="share-section" open>
            <summary>
              {s('sv.diff.operations')} <span className="share-count">{view.operations.length}</span>
            </summary>
            <OperationChanges changes={view.operations} />
          </details>
        )}
        <details className="share-section" open>
          <summary>{s('sv.diff.figures')}</summary>
          <p className="share-note">{baselineLabel === '' ? '' : ''}</p>
          <FiguresSideBySide view={view.figures} labels={labels} />
        </details>
      </div>
    </NamesProvider>
  );
}
