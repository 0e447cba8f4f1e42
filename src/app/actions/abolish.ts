// A bureau abolished, its staff and posts gone; its duties go to another bureau when one is named.
import { message } from '../../i18n';
import type { Operation } from '../../model';
import { planOperation } from './operation';
import type { FileAction } from './types';

export const abolish: FileAction<[operation: Extract<Operation, { op: 'abolish' }>]> = {
  name: 'abolish',
  plan: (state, operation) => planOperation(state, operation, message('step.abolish', {})),
};
