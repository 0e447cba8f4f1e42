// A report from the worker arrives as new objects throughout. Where a part of it equals the part
// of the report before, the old object is kept, so the screen redraws only what really changed
// (the units a drop touched, not every unit box on screen).

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** `next`, with every part that equals the same part of `old` replaced by that part of `old`. */
export function keepUnchanged<T>(old: unknown, next: T): T {
  return kept(old, next as Plain) as T;
}

function kept(old: unknown, next: Plain): Plain {
  if (old === next || typeof next !== 'object' || next === null || typeof old !== 'object' || old === null) {
    return Object.is(old, next) ? (old as Plain) : next;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(old)) return next;
    const parts = next.map((part, i) => kept(old[i], part));
    return parts.length === old.length && parts.every((part, i) => part === old[i]) ? (old as Plain[]) : parts;
  }
  if (Array.isArray(old)) return next;
  const before = old as { [key: string]: unknown };
  // a new object is written, not `next` changed: `next` may have read-only parts (figures written
  // out on first read, when the engine runs without a worker)
  const out: { [key: string]: Plain } = {};
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    const part = kept(Object.hasOwn(before, key) ? before[key] : undefined, next[key]!);
    if (part !== before[key] || !Object.hasOwn(before, key)) same = false;
    Object.defineProperty(out, key, { value: part, enumerable: true, writable: true, configurable: true });
  }
  return same ? (before as { [key: string]: Plain }) : out;
}
