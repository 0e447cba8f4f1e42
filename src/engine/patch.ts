// A report as the changes from the report before: after a drop the worker sends the few figures
// and findings that changed, not the whole report of a province again. The parts a report shares
// with the one before (the baseline, the scenarios a drop did not touch) are the same objects in
// the engine, so finding what changed costs little more than what changed.

export type PatchPath = readonly (string | number)[];
export interface PatchStep {
  path: PatchPath;
  value: unknown;
}

type Container = Record<string | number, unknown>;

const isObject = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The steps that turn `old` into a value equal to `next` (both plain data). */
export function diffValues(old: unknown, next: unknown): PatchStep[] {
  const steps: PatchStep[] = [];
  walk(old, next, [], steps);
  return steps;
}

function walk(old: unknown, next: unknown, path: (string | number)[], steps: PatchStep[]): void {
  if (old === next || (typeof next === 'number' && Object.is(old, next))) return;
  if (!isObject(old) || !isObject(next) || Array.isArray(old) !== Array.isArray(next)) {
    steps.push({ path: [...path], value: next });
    return;
  }
  if (Array.isArray(next)) {
    const before = old as unknown as unknown[];
    if (before.length !== next.length) {
      steps.push({ path: [...path], value: next });
      return;
    }
    for (let i = 0; i < next.length; i++) {
      path.push(i);
      walk(before[i], next[i], path, steps);
      path.pop();
    }
    return;
  }
  // keys in another order, or other keys: the object is sent whole, so its keys keep their order
  // (a report must be the same byte for byte)
  const keys = Object.keys(next);
  const keysBefore = Object.keys(old);
  if (keys.length !== keysBefore.length || keys.some((key, i) => key !== keysBefore[i])) {
    steps.push({ path: [...path], value: next });
    return;
  }
  for (const key of keys) {
    path.push(key);
    walk(old[key], next[key], path, steps);
    path.pop();
  }
}

/**
 * `value` with the steps made: a new value that shares every part no step went through with
 * `value`, which itself is left as it was.
 */
export function applyPatch<T>(value: T, steps: readonly PatchStep[]): T {
  const copies = new WeakSet<object>();
  const copy = (part: unknown): Container => {
    const made = (Array.isArray(part) ? [...part] : { ...(part as Container) }) as Container;
    copies.add(made);
    return made;
  };
  let root: unknown = value;
  for (const step of steps) {
    if (step.path.length === 0) {
      root = step.value;
      continue;
    }
    if (!isObject(root)) return value; // a path through nothing: not a patch of this value
    if (!copies.has(root)) root = copy(root);
    let parent = root as Container;
    for (const key of step.path.slice(0, -1)) {
      const child = parent[key];
      if (!isObject(child)) return value;
      const own = copies.has(child) ? child : copy(child);
      setOwn(parent, key, own);
      parent = own;
    }
    const last = step.path[step.path.length - 1]!;
    setOwn(parent, last, step.value);
  }
  return root as T;
}

/** Sets a property as data, also one named `__proto__`. */
function setOwn(target: Container, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
