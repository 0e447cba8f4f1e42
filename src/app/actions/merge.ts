// Bureaus of one unit and one type merged into one new bureau (大部门制).
import { message } from '../../i18n';
import type { Operation } from '../../model';
import { planOperation } from './operation';
import type { FileAction } from './types';

export const merge: FileAction<[operation: Extract<Operation, { op: 'merge' }>]> = {
  name: 'merge',
  plan: (state, operation) => planOperation(state, operation, message('step.merge', {})),
};
