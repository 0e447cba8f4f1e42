// Merge two edited copies of one file: the open file is ours; the user picks their copy and, when
// known, the file both started from. The engine finds what merges by itself and lists every
// conflict; they are shown one by one with both versions (and where both started) to decide.
// Nothing changes until the merge is confirmed, and the engine checks the merged file first: a
// refusal is shown here with its reasons. One undo step takes the whole merge back.
import { useState } from 'react';
import { undecided } from '../../app/sharing/choices';
import type { OtherFile } from '../../app/sharing/request';
import type { MergeChoice, MergeView } from '../../engine/share';
import type { FileError } from '../../model';
import { useActions } from '../context';
import { ConflictCard } from './ConflictCard';
import { ShareErrors, Sheet } from './Sheet';
import { NamesProvider } from './values';
import { useShareWords } from './words';

export function MergeDialog({ theirs, ancestor }: { theirs?: OtherFile; ancestor?: OtherFile }) {
  const { s } = useShareWords();
  const actions = useActions();
  const [view, setView] = useState<MergeView>();
  const [choices, setChoices] = useState<ReadonlyMap<string, MergeChoice>>(new Map());
  const [at, setAt] = useState(0);
  const [errors, setErrors] = useState<FileError[]>([]);
  const [working, setWorking] = useState(false);
  /** The files the plan on screen was made from: choosing another makes it stale. */
  const [plannedFrom, setPlannedFrom] = useState<string>();
  const from = `${theirs?.token ?? ''}/${ancestor?.token ?? ''}`;
  const current = view && plannedFrom === from ? view : undefined;

  const plan = async () => {
    if (!theirs) return;
    setWorking(true);
    setErrors([]);
    const reply = await actions.share.planMerge(theirs.token, ancestor?.token);
    setWorking(false);
    if (!reply.ok) return setErrors(reply.errors);
    setView(reply.view);
    setPlannedFrom(from);
    setChoices(new Map());
    setAt(0);
  };
  const merge = async () => {
    if (!current) return;
    setWorking(true);
    setErrors([]);
    const done = await actions.share.merge([...choices]);
    setWorking(false);
    if (!done.ok) setErrors(done.errors);
  };
  const open = current ? undecided(current.conflicts, choices) : [];
  const conflict = current?.conflicts[Math.min(at, current.conflicts.length - 1)];
  const names = new Map(current?.proposals ?? []);
  const proposalName = (id: string) => names.get(id) ?? id;

  return (
    <Sheet
      kind="merge"
      title={s('sv.merge.title')}
      ready={!working}
      onClose={() => void actions.share.close()}
      footer={
        <>
          <ShareErrors title={s('sv.refusedTitle')} errors={errors} />
          {current && open.length > 0 && <span className="share-foot-note">{s('sv.merge.mustChoose')}</span>}
          <button type="button" onClick={() => void actions.share.close()}>{s('sv.cancel')}</button>
          <button type="button" className="primary" data-action="confirm-merge" disabled={!current || open.length > 0 || working} onClick={() => void merge()}>
            {s('sv.merge.confirm')}
          </button>
        </>
      }
    >
      <p className="share-lead">{s('sv.merge.intro')}</p>
      <div className="share-merge-files">
        <FileSlot role="theirs" label={s('sv.merge.theirs')} file={theirs} />
        <FileSlot role="ancestor" label={s('sv.merge.ancestor')} file={ancestor} />
        <button type="button" className={current ? undefined : 'primary'} data-action="plan-merge" disabled={!theirs || working} onClick={() => void plan()}>
          {s('sv.merge.plan')}
        </button>
      </div>
      {!ancestor && <p className="share-note">{s('sv.merge.noAncestor')}</p>}
      {working && <p className="share-working">{s('sv.working')}</p>}
      {current && (
        <NamesProvider names={current.names}>
          <div className="share-result" data-merge-plan="" data-conflicts={current.conflicts.length}>
            {current.summary.some((x) => x.ours > 0 || x.theirs > 0) && (
              <section className="share-section">
                <h3>{s('sv.merge.summary')}</h3>
                <ul className="share-summary">
                  {current.summary
                    .filter((x) => x.ours > 0 || x.theirs > 0)
                    .map((x) => (
                      <li key={x.proposal} data-merge-summary={x.proposal}>
                        {s('sv.merge.summaryLine', { proposal: proposalName(x.proposal), ours: x.ours, theirs: x.theirs })}
                      </li>
                    ))}
                </ul>
              </section>
            )}
            {current.conflicts.length === 0 ? (
              <p className="share-banner same">{s('sv.merge.noConflicts')}</p>
            ) : (
              <section className="share-section">
                <div className="share-conflict-nav">
                  <strong>{s('sv.merge.conflicts', { count: current.conflicts.length, open: open.length })}</strong>
                  <ol className="share-chips">
                    {current.conflicts.map((c, i) => (
                      <li key={c.id}>
                        <button
                          type="button"
                          data-conflict-chip={c.id}
                          aria-current={c === conflict}
                          className={choices.has(c.id) ? 'decided' : undefined}
                          title={s('sv.merge.conflictOf', { n: i + 1, count: current.conflicts.length })}
                          onClick={() => setAt(i)}
                        >
                          {i + 1}
                        </button>
                      </li>
                    ))}
                  </ol>
                  <button type="button" data-action="previous-conflict" disabled={at === 0} onClick={() => setAt((n) => Math.max(0, n - 1))}>
                    {s('sv.merge.previous')}
                  </button>
                  <button type="button" data-action="next-conflict" disabled={at >= current.conflicts.length - 1} onClick={() => setAt((n) => Math.min(current.conflicts.length - 1, n + 1))}>
                    {s('sv.merge.next')}
                  </button>
                </div>
                {conflict && (
                  <ConflictCard
                    key={conflict.id}
                    conflict={conflict}
                    ancestorKnown={current.ancestorKnown}
                    choice={choices.get(conflict.id)}
                    proposalName={proposalName}
                    onChoose={(choice) => {
                      const decided = new Map([...choices, [conflict.id, choice]]);
                      setChoices(decided);
                      // on to the next one still to decide, after this one, else from the first
                      const left = undecided(current.conflicts, decided).map((c) => current.conflicts.indexOf(c));
                      const next = left.find((i) => i > at) ?? left[0];
                      if (next !== undefined) setAt(next);
                    }}
                  />
                )}
              </section>
            )}
          </div>
        </NamesProvider>
      )}
    </Sheet>
  );
}

/** A file to merge with: chosen, read and checked as opening one is; its name and title once read. */
function FileSlot({ role, label, file }: { role: 'theirs' | 'ancestor'; label: string; file: OtherFile | undefined }) {
  const { s } = useShareWords();
  const actions = useActions();
  return (
    <div className="share-file-slot" data-merge-file={role} {...(file ? { 'data-ready': '' } : {})}>
      <span className="share-field-name">{label}</span>
      <label className="share-file-button">
        {s('sv.merge.choose')}
        <input
          type="file"
          accept=".json,application/json"
          data-action={`merge-${role}`}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (chosen) void actions.share.read(chosen, role);
          }}
        />
      </label>
      {file && (
        <span className="share-file-name" title={file.name}>
          《{file.title}》 {file.name}
        </span>
      )}
    </div>
  );
}
