// Bring a colleague's proposals in: each with its name, status, last author and date, and its
// figures in its own file; on another organisation, what differs first, then under each proposal
// the operations that cannot apply here with the engine's reason, and the choice to skip them or
// keep the proposal aside unchanged. Nothing changes until confirmed; then one undo step.
import { useEffect, useMemo, useState } from 'react';
import type { BringInView, IncomingView, ProposalChoice } from '../../engine/share';
import type { OtherFile } from '../../app/sharing/request';
import { choicesMissing, incomingIds } from '../../app/sharing/choices';
import { grouped } from '../../i18n';
import type { FileError, ScenarioFile } from '../../model';
import { useActions } from '../context';
import { BaselineDiffView } from './BaselineDiffView';
import { ShareErrors, Sheet } from './Sheet';
import { NamesProvider, OperationText, StatusBadge } from './values';
import { useShareWords } from './words';

export function BringInDialog({ other, file }: { other: OtherFile; file: ScenarioFile }) {
  const { s } = useShareWords();
  const actions = useActions();
  const [view, setView] = useState<BringInView>();
  const [errors, setErrors] = useState<FileError[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(other.proposals.map((p) => p.id)));
  const [choices, setChoices] = useState<ReadonlyMap<string, ProposalChoice>>(new Map());
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let live = true;
    void actions.share.bringInPlan(other.token).then((reply) => {
      if (!live) return;
      if (reply.ok) setView(reply.view);
      else setErrors(reply.errors);
    });
    return () => {
      live = false;
    };
  }, [actions, other.token]);

  const ids = useMemo(() => (view ? incomingIds(file, view, chosen) : new Map<string, string>()), [file, view, chosen]);
  const missing = view ? choicesMissing(view, chosen, choices) : [];
  const confirm = async () => {
    if (!view) return;
    setWorking(true);
    const done = await actions.share.bringIn({
      token: other.token,
      chosen: view.proposals.filter((p) => chosen.has(p.id)).map((p) => p.id),
      choices: [...choices].filter(([id]) => chosen.has(id)),
    });
    setWorking(false);
    if (!done.ok) setErrors(done.errors);
  };
  const toggle = (id: string) => setChosen((now) => (now.has(id) ? new Set([...now].filter((x) => x !== id)) : new Set([...now, id])));

  return (
    <Sheet
      kind="bringIn"
      title={s('sv.bring.title', { title: other.title })}
      subtitle={s('sv.bring.file', { name: other.name, units: other.units, bureaus: other.bureaus })}
      ready={view !== undefined || errors.length > 0}
      attributes={{ 'data-same-baseline': String(other.sameBaseline) }}
      onClose={() => void actions.share.close()}
      footer={
        <>
          <ShareErrors title={s('sv.refusedTitle')} errors={errors} />
          {missing.length > 0 && <span className="share-foot-note">{s('sv.bring.mustChoose')}</span>}
          <button type="button" onClick={() => void actions.share.close()}>{s('sv.cancel')}</button>
          <button type="button" className="primary" data-action="confirm-bring-in" disabled={!view || working || chosen.size === 0 || missing.length > 0} onClick={() => void confirm()}>
            {s('sv.bring.confirm', { count: chosen.size })}
          </button>
        </>
      }
    >
      <p className={`share-banner ${other.sameBaseline ? 'same' : 'different'}`}>{other.sameBaseline ? s('sv.bring.same') : s('sv.bring.different')}</p>
      {!view && errors.length === 0 && <p className="share-working">{s('sv.working')}</p>}
      {view && (
        <NamesProvider names={view.names}>
          {!view.sameBaseline && (
            <details className="share-section" open>
              <summary>{s('sv.baseline.title')}</summary>
              <BaselineDiffView diff={view.baseline} />
            </details>
          )}
          <section className="share-section">
            <h3>{s('sv.bring.choose')}</h3>
            {view.proposals.length === 0 && <p className="share-note">{s('sv.bring.none')}</p>}
            <ul className="share-proposals">
              {view.proposals.map((p) => (
                <Incoming
                  key={p.id}
                  proposal={p}
                  chosen={chosen.has(p.id)}
                  id={ids.get(p.id)}
                  choice={choices.get(p.id)}
                  onToggle={() => toggle(p.id)}
                  onChoose={(choice) => setChoices((now) => new Map([...now, [p.id, choice]]))}
                />
              ))}
            </ul>
          </section>
        </NamesProvider>
      )}
    </Sheet>
  );
}

interface IncomingProps {
  proposal: IncomingView;
  chosen: boolean;
  /** Its id here, once chosen. */
  id: string | undefined;
  choice: ProposalChoice | undefined;
  onToggle(): void;
  onChoose(choice: ProposalChoice): void;
}

const SAVINGS = ['bodies', 'staff', 'leaderPosts', 'released'] as const;

function Incoming({ proposal: p, chosen, id, choice, onToggle, onChoose }: IncomingProps) {
  const { s, t, lang } = useShareWords();
  const applying = p.operations - p.refused.length;
  const lastBy = s('sv.byAt', { by: p.by ?? '', at: p.at ?? '' });
  return (
    <li className={`share-proposal${chosen ? ' chosen' : ''}`} data-bring-proposal={p.id} data-incoming-id={id ?? ''}>
      <label className="share-proposal-head">
        <input type="checkbox" data-action="choose-proposal" checked={chosen} onChange={onToggle} />
        <span className="share-proposal-name">{p.name}</span>
        <StatusBadge status={p.status} />
        <span className="share-id">{p.id}</span>
      </label>
      {chosen && id !== undefined && id !== p.id && <p className="share-renamed">{s('sv.bring.renamed', { id: p.id, to: id })}</p>}
      <p className="share-proposal-meta">
        {s('sv.operations', { count: p.operations })}
        {lastBy && ` · ${s('sv.lastBy', { by: p.by ?? '', at: p.at ?? '' })}`}
      </p>
      <dl className="share-figures" aria-label={s('sv.bring.figures')}>
        {SAVINGS.map((name) => (
          <div key={name} data-proposal-saving={name} data-value={p.savings[name]}>
            <dt>{t(`saving.${name}`)}</dt>
            <dd>{grouped(p.savings[name])}</dd>
          </div>
        ))}
        <div data-proposal-count="errors" data-value={p.errors}>
          <dt>{s('sv.figure.errors')}</dt>
          <dd className={p.errors > 0 ? 'bad' : undefined}>{p.errors}</dd>
        </div>
      </dl>
      {p.refused.length > 0 && (
        <div className="share-refused">
          <p>{s('sv.bring.refused', { count: p.refused.length, of: p.operations })}</p>
          <ol>
            {p.refused.map((r) => (
              <li key={r.index} data-refused-operation={r.index}>
                <OperationText line={r.line} number={r.index + 1} />
                <span className="share-reason">{r.errors.map((e) => e.message[lang]).join(' ')}</span>
              </li>
            ))}
          </ol>
          <fieldset className="share-choice" disabled={!chosen}>
            <label>
              <input type="radio" name={`choice-${p.id}`} data-proposal-choice="skip" checked={choice === 'skip'} onChange={() => onChoose('skip')} />
              {p.status === 'draft' ? s('sv.bring.skipPlain', { count: applying }) : s('sv.bring.skip', { count: applying })}
            </label>
            <label>
              <input type="radio" name={`choice-${p.id}`} data-proposal-choice="keepAside" checked={choice === 'keepAside'} onChange={() => onChoose('keepAside')} />
              {s('sv.bring.keepAside')}
            </label>
          </fieldset>
        </div>
      )}
    </li>
  );
}
