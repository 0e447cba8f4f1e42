// Any operation a dialog makes (create, set, reassign, units …): moves, hand-overs, merges and
// abolitions go to their own actions; the rest are labelled by their kind.
import { type Message, message } from '../../i18n';
import type { Operation } from '../../model';
import { scenarioState } from '../scenarioState';
import { abolish } from './abolish';
import { handOver } from './handOver';
import { merge } from './merge';
import { move } from './move';
import { planOperation } from './operation';
import type { FileAction, OpenState } from './types';

export const edit: FileAction<[operation: Operation, label?: Message]> = {
  name: 'edit',
  plan(state, operation, label) {
    if (label) return planOperation(state, operation, label);
    switch (operation.op) {
      case 'move':
        return (toPlatform(state, operation.to) ? handOver : move).plan(state, operation);
      case 'merge':
        return merge.plan(state, operation);
      case 'abolish':
        return abolish.plan(state, operation);
      default:
        return planOperation(state, operation, message(`step.${operation.op}` as const, {}));
    }
  },
};

/** Whether `unitId` is a company platform in the organisation on screen. */
export function toPlatform(state: OpenState, unitId: string): boolean {
  return scenarioState(state.file, state.scenarioId).units.some((u) => u.id === unitId && u.kind === 'platform');
}
