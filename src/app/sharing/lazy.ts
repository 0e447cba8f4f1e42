// The sharing actions as the first page knows them: each call fetches the module on first use
// (it and its dialogs are not part of the first page load), then runs the method there. What it
// needs of the first page's own modules is handed in (see ./say.ts).
import type { Core } from '../actions/types';
import { undoFile } from '../history';
import type { Sharing } from './index';

export function lazySharing(core: Core, openText: (text: string, name?: string) => Promise<boolean>): Sharing {
  let bound: Promise<Sharing> | undefined;
  const load = () => (bound ??= import('./index').then((m) => m.bindSharing(core, openText, undoFile)));
  const methods: Partial<Record<keyof Sharing, unknown>> = {};
  // every method answers a promise, so the one made here does the same before the module is there
  return new Proxy(methods as Sharing, {
    get(target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (methods[name as keyof Sharing] ??= (...args: unknown[]) =>
        load().then((sharing) => (sharing[name as keyof Sharing] as (...a: unknown[]) => unknown).apply(sharing, args)));
    },
  });
}
