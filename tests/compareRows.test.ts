// The ★ of the compare table and slide: only a value better than today's, the best of the
// proposals (every proposal holding it, unless all do), and never for staff held by platforms.
import { describe, expect, it } from 'vitest';
import { bestOf } from '../src/ui/compare/rows';

describe('bestOf', () => {
  it('marks nothing worse than or equal to today, however it compares with the other proposals', () => {
    // a province: 182 errors today, proposals with 190 and 200 are both worse
    expect(bestOf({ better: 'lower' }, 182, [190, 200])).toBeUndefined();
    expect(bestOf({ better: 'lower' }, 182, [182, 200])).toBeUndefined();
    expect(bestOf({ better: 'higher' }, 0.4, [0.3, 0.4])).toBeUndefined();
  });

  it('marks the best of those better than today', () => {
    expect(bestOf({ better: 'lower' }, 533, [533, 486, 510])).toBe(486);
    expect(bestOf({ better: 'higher' }, 0.4, [0.5, 0.636, 0.3])).toBe(0.636);
    // two share the best: both are marked
    expect(bestOf({ better: 'lower' }, 100, [90, 90, 95])).toBe(90);
  });

  it('marks nothing when every proposal holds the same value, or for a figure neither better nor worse', () => {
    expect(bestOf({ better: 'lower' }, 100, [90, 90])).toBeUndefined();
    expect(bestOf({ better: 'neither' }, 0, [34, 0])).toBeUndefined();
    // one proposal alone that beats today is marked
    expect(bestOf({ better: 'lower' }, 100, [90])).toBe(90);
  });
});
