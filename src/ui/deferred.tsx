// Parts of the page that appear only after a user action (dialogs, chart export) are chunks of
// their own, so the first visit downloads less. Each is fetched when the browser is idle after
// the first paint, so it is already there when someone asks for it; asked for sooner, it shows
// nothing until it arrives (a local file: a moment), then renders as if it had always been there.
import { type ComponentType, useEffect, useState } from 'react';

export interface Deferred<T> {
  /** The module, fetched once; a failed fetch is tried again on the next call. */
  load(): Promise<T>;
  /** The module if it has arrived, for code that cannot wait (a `beforeprint` handler). */
  current(): T | undefined;
}

export function deferred<T>(fetch: () => Promise<T>): Deferred<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= fetch().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    current: () => module,
  };
}

/** A component of a deferred module: nothing until the module is there, then the component itself. */
export function deferredComponent<M, P extends object>(part: Deferred<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  return function DeferredPart(props: P) {
    const [module, setModule] = useState(part.current);
    useEffect(() => {
      if (module) return;
      let live = true;
      part.load().then(
        (loaded) => live && setModule(() => loaded),
        () => undefined, // offline or a new build: the next action asks again
      );
      return () => {
        live = false;
      };
    }, [module]);
    if (!module) return null;
    const Part = pick(module);
    return <Part {...props} />;
  };
}

/** Fetches the parts once the page has painted and the browser has nothing better to do. */
export function preloadWhenIdle(parts: readonly Deferred<unknown>[]): () => void {
  const fetchAll = () => {
    for (const part of parts) part.load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fetchAll, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fetchAll, 200);
  return () => clearTimeout(id);
}
