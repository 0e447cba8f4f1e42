// A merged file written into the open one (src/app/sharing/writeInto.ts): the result is the merged
// file, whatever the two files are; undo (the inverse patches) gives back the open file; and
// what did not change is not in the step (a province's undo history would hold megabytes).
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeInto } from '../../src/app/sharing/writeInto';
import type { ScenarioFile } from '../../src/model';
import { validFileArb } from '../properties/arbitraries';
import { SMALL_TEXT, copy, parsed } from './files';

enablePatches();

describe('writing a merged file into the open one', () => {
  it('gives the merged file, and undo gives back the open one (any two files)', () => {
    fc.assert(
      fc.property(validFileArb, validFileArb, (open, merged) => {
        const [next, , inverse] = produceWithPatches(open, (draft) => writeInto(draft, open, merged));
        expect(next).toEqual(merged);
        expect(applyPatches(next, inverse)).toEqual(open);
      }),
      { numRuns: 150 },
    );
  });

  it('touches only what changed: one bureau edited, one proposal added', () => {
    const open = parsed(SMALL_TEXT);
    const merged: ScenarioFile = copy(open);
    merged.bureaus[3] = { ...merged.bureaus[3]!, name: '城市管理和综合执法局' };
    merged.scenarios.push({ id: 'plan-c', name: '丙方案', operations: [] });
    const [next, patches] = produceWithPatches(open, (draft) => writeInto(draft, open, merged));
    expect(next).toEqual(merged);
    expect(patches.map((p) => [p.op, p.path.join('.')]).sort()).toEqual([
      ['add', 'scenarios.2'],
      ['replace', 'bureaus.3.name'],
    ]);
    // what did not change is the same object as before (shared, not copied)
    expect(next.units).toBe(open.units);
    expect(next.bureaus[0]).toBe(open.bureaus[0]);
  });
});
