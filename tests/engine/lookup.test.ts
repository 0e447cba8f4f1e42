// Positions by id: the same answer whether the array is scanned (its first few reads) or indexed
// (after them), for ids present, absent, and named like Object.prototype's properties; an index
// carried to the next state of a move still answers for that state.
import { describe, expect, it } from 'vitest';
import { createLookup } from '../../src/engine/lookup';

const items = ['a', 'b', '__proto__', 'constructor', 'toString', 'z'].map((id) => ({ id }));
const asked = ['a', 'z', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'missing', ''];

describe('lookup', () => {
  it('answers each read with the position in the array, before and after the array is indexed', () => {
    const lookup = createLookup();
    for (let round = 0; round < 4; round++) {
      for (const id of asked) expect(lookup.positionOf(items, id), `${id} in round ${round}`).toBe(items.findIndex((item) => item.id === id));
    }
  });

  it('an array made by removing one item answers with the shifted positions', () => {
    const lookup = createLookup();
    for (const id of asked) lookup.positionOf(items, id);
    const fewer = items.filter((item) => item.id !== 'b');
    for (let round = 0; round < 3; round++) for (const id of asked) expect(lookup.positionOf(fewer, id)).toBe(fewer.findIndex((item) => item.id === id));
  });

  it('an index carried to a state whose positions are the same answers for it, and is checked against it', () => {
    const lookup = createLookup();
    for (let i = 0; i < 10; i++) lookup.positionOf(items, 'a');
    const moved = items.map((item) => (item.id === 'z' ? { id: 'z' } : item));
    lookup.carry(items, moved);
    expect(lookup.positionOf(moved, 'z')).toBe(5);
    // a carry that did not hold (ids swapped) is caught by the check against the array
    const swapped = [items[1]!, items[0]!, ...items.slice(2)];
    lookup.carry(items, swapped);
    expect(lookup.positionOf(swapped, 'a')).toBe(-1);
  });
});
