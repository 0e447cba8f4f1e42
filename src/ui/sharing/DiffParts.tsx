// The parts of "what differs": a proposal's operations one by one (added, removed, changed, with
// who and when), the proposals of two files, and the figures of a state side by side (A, B, B − A),
// each hooked by id for tests (data-diff-operation, data-diff-proposal-id, data-diff-figure).
import type { FiguresView, OperationChangeView, ProposalEntry } from '../../engine/share';
import { grouped, percent } from '../../i18n';
import { Field } from './BaselineDiffView';
import { Capped } from './Sheet';
import { ChangeBadge, OperationText, StatusBadge, useNames } from './values';
import { useShareWords } from './words';

export function OperationChanges({ changes }: { changes: readonly OperationChangeView[] }) {
  const { s } = useShareWords();
  if (changes.length === 0) return null;
  return (
    <ol className="share-ops">
      <Capped items={changes}>
        {(c, i) => {
          const label =
            c.change === 'added'
              ? s('sv.diff.opAdded', { index: c.after + 1 })
              : c.change === 'removed'
                ? s('sv.diff.opRemoved', { index: c.before + 1 })
                : s('sv.diff.opChanged', { before: c.before + 1, after: c.after + 1 });
          return (
            <li
              key={i}
              className={`share-op-change ${c.change}`}
              data-diff-operation=""
              data-change={c.change}
              {...(c.change !== 'added' ? { 'data-before': String(c.before) } : {})}
              {...(c.change !== 'removed' ? { 'data-after': String(c.after) } : {})}
            >
              <div className="share-op-head">
                <ChangeBadge change={c.change} />
                <span className="share-op-place">{label}</span>
              </div>
              {c.line && <OperationText line={c.line} />}
              {c.change === 'changed' && (
                <>
                  <ul className="share-fields">
                    {c.fields.map((f) => (
                      <li key={f.field} data-diff-field={f.field}>
                        <Field change={f} />
                      </li>
                    ))}
                  </ul>
                  {c.becomesLine && (
                    <div className="share-becomes">
                      <span className="share-field-name">{s('sv.diff.becomes')}</span> <OperationText line={c.becomesLine} />
                    </div>
                  )}
                </>
              )}
            </li>
          );
        }}
      </Capped>
    </ol>
  );
}

export function ProposalEntries({ entries }: { entries: readonly ProposalEntry[] }) {
  const { s } = useShareWords();
  return (
    <ul className="share-diff-proposals">
      {entries.map((p) => (
        <li key={p.id} className={`share-record ${p.change}`} data-diff-proposal-id={p.id} data-change={p.change}>
          <div className="share-record-head">
            <ChangeBadge change={p.change} />
            <strong>{p.name}</strong>
            <span className="share-id">{p.id}</span>
            {p.change !== 'changed' && <StatusBadge status={p.status} />}
            {p.change !== 'changed' && <span className="share-context">{s('sv.operations', { count: p.lines.length })}</span>}
            {p.change !== 'changed' && <span className="share-context">{s('sv.onlyIn', { side: p.change === 'added' ? 'B' : 'A' })}</span>}
          </div>
          {p.change === 'changed' && (
            <>
              {p.fields.length > 0 && (
                <ul className="share-fields">
                  {p.fields.map((f) => (
                    <li key={f.field} data-diff-field={f.field}>
                      <Field change={f} />
                    </li>
                  ))}
                </ul>
              )}
              <OperationChanges changes={p.operations} />
            </>
          )}
          {p.change !== 'changed' && p.lines.length > 0 && (
            <details className="share-lines">
              <summary>{s('sv.diff.operations')}</summary>
              <ol>
                <Capped items={p.lines}>
                  {(line, i) => (
                    <li key={i}>
                      <OperationText line={line} />
                    </li>
                  )}
                </Capped>
              </ol>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

const TOTALS = ['bodies.total', 'bodies.internal', 'bodies.institution', 'staff.total', 'staff.admin', 'staff.institutional', 'leaderPosts', 'released'] as const;
const SAVINGS = ['bodies', 'internalBodies', 'staff', 'adminStaff', 'institutionalStaff', 'leaderPosts', 'released'] as const;
type Side = NonNullable<FiguresView['before']>;

function total(side: Side | undefined, figure: (typeof TOTALS)[number]): number | undefined {
  if (!side) return undefined;
  const m = side.metrics;
  switch (figure) {
    case 'bodies.total':
      return m.bodies.total;
    case 'bodies.internal':
      return m.bodies.internal;
    case 'bodies.institution':
      return m.bodies.institution;
    case 'staff.total':
      return m.staff.total;
    case 'staff.admin':
      return m.staff.admin;
    case 'staff.institutional':
      return m.staff.institutional;
    case 'leaderPosts':
      return m.leaderPosts;
    case 'released':
      return m.released;
  }
}

/** A figure's value as written in a cell: numbers grouped, shares in per cent, nothing as a dash. */
function cell(value: number | null | undefined, ratio = false): string {
  if (value === undefined) return '—';
  if (value === null) return '—';
  return ratio ? percent(value) : grouped(value);
}

function delta(before: number | null | undefined, after: number | null | undefined, ratio = false): string {
  if (typeof before !== 'number' || typeof after !== 'number' || before === after) return '';
  const d = after - before;
  const sign = d > 0 ? '+' : '−';
  return `${sign}${ratio ? percent(Math.abs(d)) : grouped(Math.abs(d))}`;
}

const hookValue = (value: number | null | undefined): string => (value === undefined || value === null ? 'null' : String(value));

/** One state's figures, A beside B. `labels`: the two sides' names as the columns say them. */
export function FiguresSideBySide({ view, labels }: { view: FiguresView; labels: [string, string] }) {
  const { s, t } = useShareWords();
  const names = useNames();
  const rows: Array<{ key: string; label: string; before: number | undefined; after: number | undefined }> = [
    ...TOTALS.map((figure) => ({ key: figure, label: t(`metric.${figure}`), before: total(view.before, figure), after: total(view.after, figure) })),
    ...(view.before?.savings || view.after?.savings
      ? SAVINGS.map((name) => ({ key: `savings.${name}`, label: t(`saving.${name}`), before: view.before?.savings?.[name], after: view.after?.savings?.[name] }))
      : []),
    { key: 'errors', label: s('sv.figure.errors'), before: view.before?.errors, after: view.after?.errors },
    { key: 'warnings', label: s('sv.figure.warnings'), before: view.before?.warnings, after: view.after?.warnings },
  ];
  const units = view.differences.filter((d) => d.unit !== undefined);
  return (
    <div className="share-figures-block">
      <table className="share-figure-table">
        <thead>
          <tr>
            <th scope="col">{s('sv.diff.figure')}</th>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
            <th scope="col">{s('sv.diff.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.before !== r.after ? 'differs' : undefined} data-diff-figure={`${view.state}:${r.key}`} data-before={hookValue(r.before)} data-after={hookValue(r.after)}>
              <th scope="row">{r.label}</th>
              <td>{cell(r.before)}</td>
              <td>{cell(r.after)}</td>
              <td className="share-delta">{delta(r.before, r.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > 0 && (
        <details className="share-lines" open={units.length <= 12}>
          <summary>
            {s('sv.diff.units')} <span className="share-count">{units.length}</span>
          </summary>
          <table className="share-figure-table units">
            <tbody>
              <Capped items={units} step={60}>
                {(d) => {
                  const ratio = d.figure === 'economicRatio';
                  return (
                    <tr key={`${d.unit}:${d.figure}`} className={d.before !== d.after ? 'differs' : undefined} data-diff-figure={`${view.state}:${d.unit}:${d.figure}`} data-before={hookValue(d.before)} data-after={hookValue(d.after)}>
                      <th scope="row">
                        {names.unit(d.unit!)} · {s(`sv.unitFigure.${d.figure as 'bodies'}`)}
                      </th>
                      <td>{cell(d.before, ratio)}</td>
                      <td>{cell(d.after, ratio)}</td>
                      <td className="share-delta">{delta(d.before, d.after, ratio)}</td>
                    </tr>
                  );
                }}
              </Capped>
            </tbody>
          </table>
        </details>
      )}
      {(view.violations.added.length > 0 || view.violations.removed.length > 0) && (
        <div className="share-violations">
          {view.violations.added.length > 0 && (
            <>
              <h5>{s('sv.diff.violationsAdded')}</h5>
              <ul>
                <Capped items={view.violations.added} step={30}>
                  {(v) => (
                    <li key={`${v.rule}:${v.subject}`} className={v.severity} data-diff-violation={`${v.rule} ${v.subject}`} data-change="added">
                      {v.message}
                    </li>
                  )}
                </Capped>
              </ul>
            </>
          )}
          {view.violations.removed.length > 0 && (
            <>
              <h5>{s('sv.diff.violationsRemoved')}</h5>
              <ul>
                <Capped items={view.violations.removed} step={30}>
                  {(v) => (
                    <li key={`${v.rule}:${v.subject}`} className={v.severity} data-diff-violation={`${v.rule} ${v.subject}`} data-change="removed">
                      {v.message}
                    </li>
                  )}
                </Capped>
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
