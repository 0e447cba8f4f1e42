// What a bureau card dropped on the chart means, decided from the organisation on screen alone:
// onto another unit, a move (a hand-over when the unit is a company platform); onto a bureau of
// another unit, a move into that unit; onto a bureau of its own unit, a merge, which only bureaus
// of one type allow; where it already is, or onto nothing, nothing at all. A coordination group
// (领导小组) holds no bureaus (SPEC §7 group-staffed: "暂不设置管理机构…由板块相关领导兼任组长"): a drop
// onto one is refused before it is made, with the reason, as the chart says during the drag.
// A proposal that takes no new operation (approved: ./approval.ts) refuses every drop that would
// change it, saying why.
import { type Message, message } from '../i18n';
import type { Operation, OrgState } from '../model';

/** What is under the pointer when a card is dropped. */
export type DropTarget = { kind: 'unit'; id: string } | { kind: 'bureau'; id: string } | undefined;

type Move = Extract<Operation, { op: 'move' }>;

export type DropDecision =
  | { kind: 'nothing' }
  | { kind: 'move'; operation: Move }
  | { kind: 'handOver'; operation: Move }
  /** A merge: the user names the merged bureau first. */
  | { kind: 'merge'; bureau: string; with: string }
  | { kind: 'refuse'; reason: Message };

const NOTHING: DropDecision = { kind: 'nothing' };

export function decideDrop(state: OrgState, bureauId: string, target: DropTarget, locked?: Message): DropDecision {
  const decision = decide(state, bureauId, target);
  return locked && decision.kind !== 'nothing' ? { kind: 'refuse', reason: locked } : decision;
}

function decide(state: OrgState, bureauId: string, target: DropTarget): DropDecision {
  const bureau = state.bureaus.find((b) => b.id === bureauId);
  if (!bureau || !target) return NOTHING;
  let unitId = target.id;
  if (target.kind === 'bureau') {
    const other = state.bureaus.find((b) => b.id === target.id);
    if (!other || other.id === bureauId) return NOTHING;
    if (other.unit === bureau.unit) {
      if (other.type === bureau.type) return { kind: 'merge', bureau: bureauId, with: other.id };
      return { kind: 'refuse', reason: message('drop.mergeTypes', { name: bureau.name, other: other.name }) };
    }
    unitId = other.unit;
  }
  if (unitId === bureau.unit) return NOTHING;
  const unit = state.units.find((u) => u.id === unitId);
  if (unit?.kind === 'group') return { kind: 'refuse', reason: message('drop.group', { name: bureau.name, unit: unit.name }) };
  const operation: Move = { op: 'move', bureau: bureauId, to: unitId };
  // a unit the organisation does not hold is the engine's to refuse, with its own reasons
  return { kind: unit?.kind === 'platform' ? 'handOver' : 'move', operation };
}
