// A bureau handed to a company platform ("管委会+公司平台"): in the file it is a move to a
// platform unit; its staff leave the establishment and count as released (SPEC §6).
import { message } from '../../i18n';
import type { Operation } from '../../model';
import { planOperation } from './operation';
import type { FileAction } from './types';

export const handOver: FileAction<[operation: Extract<Operation, { op: 'move' }>]> = {
  name: 'handOver',
  plan: (state, operation) => planOperation(state, operation, message('step.handOver', {})),
};
