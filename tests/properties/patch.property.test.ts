// Steps from one value to another: made on the first, they give the second, and leave the first
// as it was; every part no step goes through is shared.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffValues } from '../../src/engine/patch';

const plainArb = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer({ min: -2, max: 2 }), fc.constantFrom('a', 'b', '__proto__', 'constructor'), fc.boolean(), fc.constant(null), fc.constant(0.5), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', '0'), tie('value'), { maxKeys: 4, noNullPrototype: true }),
})).value;

/** Two values that share some parts, as two reports do. */
const pairArb = fc.tuple(plainArb, plainArb, fc.boolean()).map(([a, b, nest]) => {
  const old = { kept: a, changed: b, list: [a, b] };
  return nest ? [old, { kept: a, changed: a, list: [a, b, a] }] : [old, { ...old, changed: structuredClone(b) }];
});

describe('a patch', () => {
  it('made on the old value gives the new one, and changes nothing of the old', () => {
    fc.assert(
      fc.property(plainArb, plainArb, (old, next) => {
        const before = structuredClone(old);
        const steps = diffValues(old, next);
        const result = applyPatch(old, steps);
        expect(result).toEqual(next);
        expect(JSON.stringify(result)).toBe(JSON.stringify(next));
        expect(old).toEqual(before);
        // the steps cross a structured clone, as they do between worker and page
        expect(applyPatch(structuredClone(old), structuredClone(steps))).toEqual(next);
      }),
      { seed: 7331, numRuns: 1000 },
    );
  });

  it('is empty between equal values, and keeps the parts it does not reach', () => {
    fc.assert(
      fc.property(pairArb, ([old, next]) => {
        expect(diffValues(old, structuredClone(old))).toEqual([]);
        const result = applyPatch(old, diffValues(old, next)) as typeof old;
        expect(result).toEqual(next);
        if (typeof old!.kept === 'object' && old!.kept !== null) {
          expect(result!.kept).toBe(old!.kept);
          // a list that grew keeps its unchanged items as they were
          expect((result as { list: unknown[] }).list[0]).toBe(old!.list[0]);
        }
      }),
      { seed: 7332, numRuns: 500 },
    );
  });
});
