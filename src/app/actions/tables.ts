// The actions of tables in and out (SPEC §11), as the page binds them (`actions.office.…`): their
// code (../officeActions.ts) loads on the first call, so that the first page carries only this.
import type { ChosenFile } from '../chosenFile';
import type { OfficeActions } from '../officeActions';
import type { OfficeStart } from '../officeBridge';
import type { Core } from './types';

export function tableActions(core: Core, start: OfficeStart, open: (text: string, name: string) => Promise<boolean>, openFile: (file: ChosenFile) => Promise<boolean>): OfficeActions {
  let bound: Promise<OfficeActions> | undefined;
  const load = () =>
    (bound ??= import('../officeActions').then(
      (m) => m.bindOfficeActions(core, start, open, openFile),
      (error: unknown) => {
        bound = undefined; // offline or a new build: the next call tries again
        throw error;
      },
    ));
  return new Proxy({} as OfficeActions, {
    get: (_, key) => (typeof key !== 'string' || key === 'then' ? undefined : async (...args: unknown[]) => ((await load())[key as keyof OfficeActions] as (...a: unknown[]) => unknown)(...args)),
  });
}
