// After one bureau moves, the new state's figures and findings from the old state's: only the two
// units the move touched are counted and checked again (property-tested against a full evaluation).
import type { Bureau, OrgState } from '../model';
import { countBureau, metricsOf, unitFigures } from './figures';
import { LayeredMap } from './layered';
import type { Effect } from './apply';
import type { Lookup } from './lookup';
import { type Finding, type RuleInput, type StateView, type Subject, replaceFindings, unitFindings } from './rules';

/** A state's view and findings, with each unit's findings kept to replace them after a move. */
export interface Evaluated {
  view: StateView;
  findings: Finding[];
  findingsByUnit: LayeredMap<string, readonly Finding[]>;
}

type Setting = Omit<RuleInput, 'current'>;

/** A move, as `applyOperation` says it made one. */
export type Move = Extract<Effect, { kind: 'move' }>;

/**
 * `next` is `previous.view.state` after `move` (as `move` makes it: same units, bureaus at the
 * same positions). Undefined when `next` is not such a state. `lookup` finds positions in `next`.
 */
export function evaluateMove(previous: Evaluated, next: OrgState, move: Move, setting: Setting, lookup: Lookup): Evaluated | undefined {
  const view = previous.view;
  const before = view.state;
  if (next.units !== before.units || next.bureaus.length !== before.bureaus.length) return undefined;
  const { bureau, position } = move;
  const left = before.bureaus[position];
  const arrived = next.bureaus[position];
  if (!left || !arrived || left.id !== bureau || arrived.id !== bureau || left.unit === arrived.unit) return undefined;
  const from = view.units.get(left.unit);
  const to = view.units.get(arrived.unit);
  const fromBefore = view.bureausByUnit.get(left.unit);
  const toBefore = view.bureausByUnit.get(arrived.unit);
  if (!from || !to || !fromBefore || !toBefore) return undefined;

  const fromAfter = fromBefore.filter((b) => b !== left);
  if (fromAfter.length !== fromBefore.length - 1) return undefined;
  const toAfter = withBureau(next, toBefore, arrived, position, lookup);

  const totals = { ...view.totals };
  countBureau(totals, left, from.kind, -1);
  countBureau(totals, arrived, to.kind, 1);
  const figures = view.unitFigures.with(
    new Map([
      [from.id, unitFigures(from, fromAfter)],
      [to.id, unitFigures(to, toAfter)],
    ]),
  );
  const current: StateView = {
    state: next,
    metrics: metricsOf(totals, figures, next.units),
    totals,
    unitFigures: figures,
    units: view.units,
    bureausByUnit: view.bureausByUnit.with(
      new Map<string, readonly Bureau[]>([
        [from.id, fromAfter],
        [to.id, toAfter],
      ]),
    ),
    coveredBy: view.coveredBy,
    // a move changes no bureau's duties
    functionsCarried: view.functionsCarried,
  };

  const input: RuleInput = { ...setting, current };
  const foundBeforeFrom = previous.findingsByUnit.get(from.id) ?? NONE;
  const foundBeforeTo = previous.findingsByUnit.get(to.id) ?? NONE;
  // a unit that breaks the same rules in the same words as before keeps its findings, and when
  // both do, the list is the one before: nothing needs to be put into words or sent again
  const fromFound = kept(foundBeforeFrom, unitFindings(input, from));
  const toFound = kept(foundBeforeTo, unitFindings(input, to));
  if (fromFound === foundBeforeFrom && toFound === foundBeforeTo) {
    return { view: current, findings: previous.findings, findingsByUnit: previous.findingsByUnit };
  }
  const gone = [...foundBeforeFrom, ...foundBeforeTo];
  return {
    view: current,
    findings: replaceFindings(previous.findings, gone, [...fromFound, ...toFound]),
    findingsByUnit: previous.findingsByUnit.with(
      new Map<string, readonly Finding[]>([
        [from.id, fromFound],
        [to.id, toFound],
      ]),
    ),
  };
}

const NONE: readonly Finding[] = [];

/** `before` when `found` says the same (the same rules, subjects and messages), else `found`. */
function kept(before: readonly Finding[], found: Finding[]): readonly Finding[] {
  if (before.length !== found.length) return found;
  for (let i = 0; i < found.length; i++) {
    const a = before[i]!;
    const b = found[i]!;
    if (a.rule !== b.rule || !sameSubject(a.subject, b.subject) || a.severity !== b.severity || JSON.stringify(a.message) !== JSON.stringify(b.message)) return found;
  }
  return before;
}

function sameSubject(a: Subject, b: Subject): boolean {
  return a.kind === b.kind && a.id === b.id && (a.kind === 'unit' || a.unitId === (b as typeof a).unitId);
}

/** `list` (bureaus in the state's order) with `bureau`, which stands at `position`, in its place. */
function withBureau(state: OrgState, list: readonly Bureau[], bureau: Bureau, position: number, lookup: Lookup): Bureau[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (lookup.positionOf(state.bureaus, list[middle]!.id) < position) low = middle + 1;
    else high = middle;
  }
  return [...list.slice(0, low), bureau, ...list.slice(low)];
}
