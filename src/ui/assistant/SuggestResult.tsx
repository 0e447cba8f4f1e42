// A suggested plan before it is added: how many changes (said large: a province's plan to save the
// most staff may hold hundreds), what it clears, the figures before → after, each change in words
// with why it is there, and what could not be cleared with the smallest set of locks and rules
// that stands in the way.
import type { Metrics } from '../../engine';
import { planEffects } from '../../app/planEffects';
import type { Unit } from '../../model';
import type { SuggestResult as Result } from '../../plan/types';
import { renderChange } from '../../i18n/changes';
import { useT } from '../context';
import { Effects } from './Effects';
import type { PlanningT } from './usePlanning';

/** Above this many changes the result asks for a careful reading. */
const MANY = 50;
/** Zones whose share changes, listed by name; the rest counted. */
const SHARES_SHOWN = 8;

export function SuggestResult({ result, before, units, p }: { result: Result; before: Metrics | undefined; units: readonly Unit[]; p: PlanningT }) {
  const { lang } = useT();
  const cleared = result.targeted.length - result.remaining.length;
  const changes = result.plan.length;
  const nothingToClear = result.targeted.length === 0;
  const nothingPossible = !nothingToClear && changes === 0;
  return (
    <div className="suggest-result" data-suggest-status={nothingPossible ? 'impossible' : result.status}>
      <div className="suggest-summary">
        <span className="suggest-count" data-suggest-changes={changes}>{p('planning.result.changes', { n: changes })}</span>
        {!nothingToClear && <span className={`suggest-cleared ${result.status}`}>{p('planning.result.cleared', { cleared, targeted: result.targeted.length })}</span>}
        {result.status === 'cleared' && !nothingToClear && <span className="suggest-ok">{p('planning.result.allCleared')}</span>}
      </div>
      {nothingToClear && <p>{p('planning.result.nothingToClear')}</p>}
      {nothingPossible && <p className="suggest-impossible">{p('planning.result.nothingPossible')}</p>}
      {changes > MANY && <p className="suggest-many">{p('planning.result.many', { n: changes })}</p>}
      {!result.stats.optimal && <p className="field-hint">{p('planning.result.inexact')}</p>}
      {result.obstacles.length > 0 && (
        <section>
          <h3>{p('planning.result.notCleared')}</h3>
          <ul className="suggest-obstacles">
            {result.obstacles.map((o, i) => (
              <li key={i} data-obstacle={o.problems.map((x) => `${x.rule}:${x.subject}`).join(',')}>{o.message[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {changes > 0 && before && (
        <section>
          <h3>{p('planning.result.figures')}</h3>
          <Effects groups={planEffects(before, result.metrics, units)} p={p} limit={SHARES_SHOWN} sharesOnly />
        </section>
      )}
      {changes > 0 && (
        <section>
          <h3>{p('planning.result.list')}</h3>
          <ol className="suggest-plan">
            {result.plan.map((step, i) => (
              <li key={i} data-plan-op={step.operation.op}>
                <span className="plan-change">{renderChange(lang, step.change.message)}</span>
                {step.operation.note && <span className="plan-why">{step.operation.note}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
