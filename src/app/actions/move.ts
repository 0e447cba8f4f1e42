// A bureau moves to another unit, with its staff and duties (编制随职能走).
import { message } from '../../i18n';
import type { Operation } from '../../model';
import { planOperation } from './operation';
import type { FileAction } from './types';

export const move: FileAction<[operation: Extract<Operation, { op: 'move' }>]> = {
  name: 'move',
  plan: (state, operation) => planOperation(state, operation, message('step.move', {})),
};
