// A report as the changes from the report before: after a drop the worker sends the few figures
// and findings that changed, not the whole report of a province again. The parts a report shares
// with the one before (the baseline, the scenarios a drop did not touch) are the same objects in
// the engine, so finding what changed costs little more than what changed.

export type PatchPath = readonly (string | number)[];
/**
 * Sets the value at `path`; with `splice`, the value at `path` is an array and `splice` replaces
 * `remove` items from `at` with `value` (an array), as `Array.prototype.splice` does.
 */
export interface PatchStep {
  path: PatchPath;
  value: unknown;
  splice?: { at: number; remove: number };
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
      // a list that grew or shrank (a finding more or fewer): the items around the change are
      // the same objects, so only the changed middle is sent
      let head = 0;
      while (head < before.length && head < next.length && before[head] === next[head]) head++;
      let tail = 0;
      while (tail < before.length - head && tail < next.length - head && before[before.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
      steps.push({ path: [...path], value: next.slice(head, next.length - tail), splice: { at: head, remove: before.length - head - tail } });
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
      if (step.splice && !Array.isArray(root)) return value;
      root = step.splice ? splice(root as unknown[], step) : step.value;
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
    if (step.splice && !Array.isArray(parent[last])) return value;
    setOwn(parent, last, step.splice ? splice(parent[last] as unknown[], step) : step.value);
  }
  return root as T;
}

/** A new array: `list` with the step's items in place of the ones it removes. */
function splice(list: readonly unknown[], step: PatchStep): unknown[] {
  const { at, remove } = step.splice!;
  return [...list.slice(0, at), ...(step.value as unknown[]), ...list.slice(at + remove)];
}

/** Sets a property as data, also one named `__proto__`. */
function setOwn(target: Container, key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
