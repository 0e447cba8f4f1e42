// One conflict of a merge, as the user decides it: what both sides did (and where both started,
// when that is known), side by side, in words; a choice for each side (and "keep both" where a
// proposal went two ways). Hooks: data-conflict, data-side, data-merge-choice.
import type { ReactNode } from 'react';
import type { ConflictView, MergeChoice, OperationView, ProposalVersion } from '../../engine/share';
import type { ChangeLine } from '../../engine';
import { Capped } from './Sheet';
import { OperationText, StatusBadge, useFieldText, useNames } from './values';
import { useShareWords } from './words';

interface Props {
  conflict: ConflictView;
  ancestorKnown: boolean;
  choice: MergeChoice | undefined;
  /** A proposal's name by its id. */
  proposalName(id: string): string;
  onChoose(choice: MergeChoice): void;
}

export function ConflictCard({ conflict, ancestorKnown, choice, proposalName, onChoose }: Props) {
  const { s } = useShareWords();
  const words = useConflictWords(conflict, proposalName);
  const sides = conflictSides(conflict);
  const choiceLabel = (c: MergeChoice): string => {
    if (conflict.kind === 'removed') return c === conflict.removedBy ? s('sv.merge.removedDrop') : s('sv.merge.removedKeep');
    return c === 'ours' ? s('sv.merge.useOurs') : c === 'theirs' ? s('sv.merge.useTheirs') : s('sv.merge.useBoth');
  };
  const radio = (c: MergeChoice) => (
    <label className={`share-pick${choice === c ? ' picked' : ''}`}>
      <input type="radio" name={`conflict-${conflict.id}`} data-merge-choice={c} checked={choice === c} onChange={() => onChoose(c)} />
      {choiceLabel(c)}
    </label>
  );
  return (
    <article className="share-conflict" data-conflict={conflict.id} data-kind={conflict.kind}>
      <h4>{words.title}</h4>
      {ancestorKnown && sides.base !== undefined && (
        <div className="share-version base" data-side="base">
          <h5>{s('sv.merge.base')}</h5>
          <Version content={sides.base} />
        </div>
      )}
      <div className="share-versions">
        <div className={`share-version ours${choice === 'ours' ? ' picked' : ''}`} data-side="ours">
          <h5>{s('sv.merge.ours')}</h5>
          <Version content={sides.ours} />
          {radio('ours')}
        </div>
        <div className={`share-version theirs${choice === 'theirs' ? ' picked' : ''}`} data-side="theirs">
          <h5>{s('sv.merge.theirsSide')}</h5>
          <Version content={sides.theirs} />
          {radio('theirs')}
        </div>
      </div>
      {conflict.choices.includes('both') && <div className="share-both">{radio('both')}</div>}
    </article>
  );
}

/** What one side holds: a value of a field, operations in words, a whole proposal, or nothing. */
type Content =
  | { kind: 'value'; field: string; value: unknown }
  | { kind: 'operations'; operations: ReadonlyArray<OperationView | ChangeLine>; after?: { field: string; value: unknown } }
  | { kind: 'proposal'; version: ProposalVersion | undefined }
  | { kind: 'text'; text: ReactNode };

function conflictSides(c: ConflictView): { base?: Content; ours: Content; theirs: Content } {
  switch (c.kind) {
    case 'field': {
      const field = c.field ?? '*';
      const out: { base?: Content; ours: Content; theirs: Content } = { ours: { kind: 'value', field, value: c.ours }, theirs: { kind: 'value', field, value: c.theirs } };
      if (c.baseKnown) out.base = { kind: 'value', field, value: c.base };
      return out;
    }
    case 'proposal':
      return { ours: { kind: 'proposal', version: c.ours }, theirs: { kind: 'proposal', version: c.theirs } };
    case 'operations':
      return { base: { kind: 'operations', operations: c.base }, ours: { kind: 'operations', operations: c.ours }, theirs: { kind: 'operations', operations: c.theirs } };
    case 'edit': {
      const after = (value: unknown) => (c.field === null ? undefined : { field: c.field, value });
      return {
        ours: { kind: 'operations', operations: c.ours, ...(after(c.ourValue) ? { after: after(c.ourValue)! } : {}) },
        theirs: { kind: 'operations', operations: c.theirs, ...(after(c.theirValue) ? { after: after(c.theirValue)! } : {}) },
      };
    }
    case 'removed': {
      const removed: Content = { kind: 'text', text: null };
      const kept: Content = { kind: 'operations', operations: c.operations };
      return c.removedBy === 'ours' ? { ours: removed, theirs: kept } : { ours: kept, theirs: removed };
    }
  }
}

function Version({ content }: { content: Content }) {
  const { s } = useShareWords();
  const text = useFieldText();
  switch (content.kind) {
    case 'value':
      return <p className="share-value">{content.field === '*' ? wholeRecord(content.value, s('sv.merge.absent')) : text(content.field, content.value)}</p>;
    case 'text':
      return <p className="share-value absent">{content.text ?? s('sv.merge.absent')}</p>;
    case 'proposal':
      if (!content.version) return <p className="share-value absent">{s('sv.merge.absent')}</p>;
      return (
        <div>
          <p className="share-value">
            {content.version.name} <StatusBadge status={content.version.status} /> {s('sv.operations', { count: content.version.lines.length })}
          </p>
          <ol className="share-version-ops">
            <Capped items={content.version.lines} step={20}>
              {(line, i) => (
                <li key={i}>
                  <OperationText line={line} number={i + 1} />
                </li>
              )}
            </Capped>
          </ol>
        </div>
      );
    case 'operations':
      return (
        <div>
          {content.operations.length === 0 ? (
            <p className="share-value absent">{s('sv.merge.absent')}</p>
          ) : (
            <ol className="share-version-ops">
              <Capped items={content.operations} step={20}>
                {(op, i) => (
                  <li key={i}>{'line' in op ? <OperationText line={op.line} number={op.index + 1} /> : <OperationText line={op} />}</li>
                )}
              </Capped>
            </ol>
          )}
          {content.after && (
            <p className="share-value">
              <span className="share-field-name">{s('sv.merge.valueAfter')}</span> {text(content.after.field, content.after.value)}
            </p>
          )}
        </div>
      );
  }
}

/** A whole unit, bureau or duty one side has (or not): its name and id. */
function wholeRecord(value: unknown, absent: string): string {
  if (typeof value !== 'object' || value === null) return value === undefined ? absent : String(value);
  const record = value as { id?: unknown; name?: unknown };
  return `${String(record.name ?? '')}（${String(record.id ?? '')}）`;
}

/** The title of a conflict, with the names of what it is about. */
function useConflictWords(c: ConflictView, proposalName: (id: string) => string): { title: string } {
  const { s } = useShareWords();
  const names = useNames();
  const what = (entity: 'unit' | 'bureau', id: string) =>
    entity === 'unit' ? s('sv.merge.section.unit', { name: `${names.unit(id)}（${id}）` }) : s('sv.merge.section.bureau', { name: `${names.bureau(id) ?? id}（${id}）` });
  const field = (f: string | null) => s('sv.field', { field: f ?? '' });
  switch (c.kind) {
    case 'field': {
      const record = c.record ?? '';
      const section =
        c.section === 'file'
          ? s('sv.merge.section.file')
          : c.section === 'rules'
            ? s('sv.merge.section.rules')
            : c.section === 'function'
              ? s('sv.merge.section.function', { name: names.duty(record).name })
              : c.section === 'proposal'
                ? s('sv.merge.section.proposal', { name: proposalName(record) })
                : what(c.section, record);
      return { title: c.field === null ? s('sv.merge.kind.fieldWhole', { what: section }) : s('sv.merge.kind.field', { what: section, field: field(c.field) }) };
    }
    case 'proposal':
      return { title: s(c.reason === 'removed' ? 'sv.merge.kind.proposalRemoved' : 'sv.merge.kind.proposalDiverged', { proposal: proposalName(c.proposal) }) };
    case 'operations':
      return { title: s('sv.merge.kind.operations', { proposal: proposalName(c.proposal) }) };
    case 'edit':
      return {
        title:
          c.field === null
            ? s('sv.merge.kind.editWhole', { proposal: proposalName(c.proposal), what: what(c.entity, c.entityId) })
            : s('sv.merge.kind.edit', { proposal: proposalName(c.proposal), what: what(c.entity, c.entityId), field: field(c.field) }),
      };
    case 'removed':
      return { title: s('sv.merge.kind.removed', { what: what(c.entity, c.entityId), side: c.removedBy === 'ours' ? s('sv.merge.ours') : s('sv.merge.theirsSide') }) };
  }
}
