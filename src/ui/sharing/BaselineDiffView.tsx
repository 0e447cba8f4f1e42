// What differs between two organisations today (units, bureaus, duties, rule numbers), record by
// record and field by field, with names: A is the open file, B the other.
import type { Bureau, FunctionDef, Unit } from '../../model';
import type { BaselineDiff, FieldChange, RecordChange } from '../../engine/share';
import { Capped } from './Sheet';
import { ChangeBadge, useFieldText, useNames } from './values';
import { useShareWords } from './words';

export function baselineCounts(diff: BaselineDiff): { units: number; bureaus: number; functions: number; rules: number } {
  return { units: diff.units.length, bureaus: diff.bureaus.length, functions: diff.functions.length, rules: diff.rules.length };
}

export function BaselineDiffView({ diff }: { diff: BaselineDiff }) {
  const { s } = useShareWords();
  const names = useNames();
  const counts = baselineCounts(diff);
  if (counts.units + counts.bureaus + counts.functions + counts.rules === 0) return <p className="share-note">{s('sv.baseline.same')}</p>;
  return (
    <div className="share-baseline">
      <p className="share-note">{s('sv.baseline.counts', counts)}</p>
      {diff.units.length > 0 && (
        <Records title={s('sv.baseline.units')} changes={diff.units} hook="data-diff-unit" label={(u: Unit) => u.name} context={() => undefined} />
      )}
      {diff.bureaus.length > 0 && (
        <Records
          title={s('sv.baseline.bureaus')}
          changes={diff.bureaus}
          hook="data-diff-bureau"
          label={(b: Bureau) => b.name}
          context={(b: Bureau) => s('sv.inUnit', { unit: names.unit(b.unit) })}
        />
      )}
      {diff.functions.length > 0 && <Records title={s('sv.baseline.functions')} changes={diff.functions} hook="data-diff-function" label={(f: FunctionDef) => f.name} context={() => undefined} />}
      {diff.rules.length > 0 && (
        <section className="share-records">
          <h4>{s('sv.baseline.rules')}</h4>
          <ul>
            {diff.rules.map((f) => (
              <li key={f.field} data-diff-rule={f.field}>
                <Field change={f} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface RecordsProps<T extends { id: string }> {
  title: string;
  changes: readonly RecordChange<T>[];
  hook: string;
  label(record: T): string;
  /** A word on where it stands (a bureau's unit). */
  context(record: T): string | undefined;
}

function Records<T extends { id: string }>({ title, changes, hook, label, context }: RecordsProps<T>) {
  return (
    <section className="share-records">
      <h4>
        {title} <span className="share-count">{changes.length}</span>
      </h4>
      <ul>
        <Capped items={changes}>
          {(c) => {
            const record = c.change === 'removed' ? c.before : c.after;
            return (
              <li key={`${c.change}:${c.id}`} {...{ [hook]: c.id }} data-change={c.change} className={`share-record ${c.change}`}>
                <div className="share-record-head">
                  <ChangeBadge change={c.change} />
                  <strong>{label(record)}</strong>
                  <span className="share-id">{c.id}</span>
                  {context(record) && <span className="share-context">{context(record)}</span>}
                </div>
                {c.change === 'changed' && (
                  <ul className="share-fields">
                    {c.fields.map((f) => (
                      <li key={f.field} data-diff-field={f.field}>
                        <Field change={f} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          }}
        </Capped>
      </ul>
    </section>
  );
}

/** One field: its name, A's value → B's value. */
export function Field({ change }: { change: FieldChange }) {
  const { s } = useShareWords();
  const text = useFieldText();
  return (
    <span className="share-field">
      <span className="share-field-name">{s('sv.field', { field: change.field })}</span>
      <span className="share-before">{text(change.field, change.before)}</span>
      <span className="share-arrow" aria-hidden="true">→</span>
      <span className="share-after">{text(change.field, change.after)}</span>
    </span>
  );
}

