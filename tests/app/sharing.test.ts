import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../src/app/sharing';

const plainArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', '__proto__'), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'units', '__proto__'), tie('value'), { maxKeys: 4, noNullPrototype: true }),
})).value;

/** The parts of a value, each with its path. */
function parts(value: unknown, path = '$', out = new Map<string, unknown>()): Map<string, unknown> {
  out.set(path, value);
  if (typeof value === 'object' && value !== null) for (const [key, part] of Object.entries(value)) parts(part, `${path}/${Array.isArray(value) ? '#' : ''}${key}`, out);
  return out;
}

describe('keeping the unchanged parts of a report', () => {
  it('gives a value equal to the new one, that keeps every old part equal to the new part at the same place', () => {
    fc.assert(
      fc.property(plainArb, plainArb, (old, next) => {
        const expected = structuredClone(next);
        const result = keepUnchanged(old, structuredClone(next));
        expect(result).toEqual(expected);
        const before = parts(old);
        for (const [path, part] of parts(result)) {
          const oldPart = before.get(path);
          if (typeof part === 'object' && part !== null && JSON.stringify(oldPart) === JSON.stringify(part) && Array.isArray(oldPart) === Array.isArray(part)) {
            expect(part, path).toBe(oldPart);
          }
        }
      }),
      { seed: 7321, numRuns: 500 },
    );
  });

  it('keeps a figure object when its numbers are the same, and makes a new one when one differs', () => {
    const old = { units: { a: { staff: 3 }, b: { staff: 4 } } };
    const next = keepUnchanged(old, { units: { a: { staff: 3 }, b: { staff: 5 } } });
    expect(next.units.a).toBe(old.units.a);
    expect(next.units.b).not.toBe(old.units.b);
    expect(next.units.b).toEqual({ staff: 5 });
    expect(next).not.toBe(old);
  });

  it('reads parts written out on first read (a getter without a setter) and never writes to the new value', () => {
    const old = { staff: 1, units: { a: { staff: 3 } } };
    const next = Object.defineProperty({ staff: 2 }, 'units', { enumerable: true, get: () => ({ a: { staff: 3 } }) }) as typeof old;
    const result = keepUnchanged(old, next);
    expect(result).toEqual({ staff: 2, units: { a: { staff: 3 } } });
    expect(result.units).toBe(old.units);
  });
});
