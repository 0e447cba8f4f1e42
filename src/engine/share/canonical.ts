// One text per value, whatever the order of its keys: two values are "the same" (SPEC: order and
// formatting are not differences) when their canonical texts are equal. Arrays keep their order:
// the order of a bureau's duties or of a merge's parts is part of what the file says.

/** JSON text with the keys of every object sorted; keys whose value is undefined are left out, as JSON does. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonical(item))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  // the same JSON text is the same value (same keys in the same order): the parser writes every
  // record's keys in one order, so this native comparison settles most pairs
  return a === b || JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);
}

/** The keys of both objects whose values differ, in the order given and then the others sorted. */
export function differingKeys(a: object, b: object, order: readonly string[] = []): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  const ordered = [...order.filter((key) => keys.has(key)), ...[...keys].filter((key) => !order.includes(key)).sort()];
  return ordered.filter((key) => !sameValue(left[key], right[key]));
}
