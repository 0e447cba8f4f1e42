// "Save gives back what it read": every valid file, from the generator or from the mutators, saves
// to a text that opens as the same file and is not much larger than the text it was read from,
// including a meta nested deep or holding much (issue: 25 KB of meta saved as 23.9 MB).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile, utf8Length } from '../../src/model/parse';
import { MAX_DEPTH } from '../../src/model/scan';
import { validFileArb } from './arbitraries';
import { MUTATION_KINDS, mutate } from './mutations';

/** Saving may spread a compact file over lines: at most this many times the size it was read at, plus a little. */
const FACTOR = 3;
const SLACK = 2048;

function expectRoundTrip(read: string): void {
  const first = parseScenarioFile(read);
  if (!first.ok) return;
  const saved = serialiseScenarioFile(first.file);
  const again = parseScenarioFile(saved);
  if (!again.ok) throw new Error(`saved file refused: ${again.errors.slice(0, 3).map((e) => `${e.path} ${e.code}`).join('; ')}`);
  expect(again.file).toStrictEqual(first.file);
  expect(utf8Length(saved)).toBeLessThanOrEqual(FACTOR * utf8Length(read) + SLACK);
}

/** A meta nested `depth` levels deep (objects and lists by turns), or holding `width` members. */
const nestedMeta = fc.record({ depth: fc.integer({ min: 0, max: MAX_DEPTH - 3 }), width: fc.nat(3000), leaf: fc.jsonValue({ maxDepth: 1 }) }).map(({ depth, width, leaf }) => {
  let deep: unknown = leaf;
  for (let level = 0; level < depth; level++) deep = level % 2 === 0 ? [deep] : { k: deep };
  return { deep, wide: Array.from({ length: width }, (_, i) => ({ i, v: [i] })) };
});

describe('save → open', () => {
  it('gives back every valid generated file, with its meta deep or big, in a text of about the size it was read from', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(validFileArb, nestedMeta, fc.boolean(), (file, meta, compact) => {
        const withMeta: ScenarioFile = { ...file, meta: { ...file.meta, ...meta } };
        // read from compact JSON (as another program writes it) or from the app's own saved text
        expectRoundTrip(compact ? JSON.stringify(withMeta) : serialiseScenarioFile(withMeta));
      }),
      { seed: 1110, numRuns: 80 },
    );
  });

  it('gives back every valid file the mutators make', () => {
    fc.assert(
      fc.property(validFileArb, fc.constantFrom(...MUTATION_KINDS), fc.nat(), fc.nat(), (file, kind, site, choice) => {
        const mutation = mutate(JSON.stringify(file), kind, site, choice);
        fc.pre(mutation !== undefined);
        expectRoundTrip(mutation.text);
      }),
      { seed: 1111, numRuns: 400 },
    );
  });

  it('regression: a meta 990 levels deep in 25 KB saves to less than the limit (it was 24 MB)', () => {
    let deep: unknown = 'x'.repeat(20_000);
    for (let level = 0; level < 990; level++) deep = [deep];
    const file = { format: 'zonereform/scenario', version: 1, title: 't', meta: { deep }, units: [{ id: 'u', name: 'U', kind: 'town' }], bureaus: [], scenarios: [] };
    const saved = serialiseScenarioFile(file as ScenarioFile);
    expect(utf8Length(saved)).toBeLessThan(2 * JSON.stringify(file).length);
    expect(utf8Length(saved)).toBeLessThan(MAX_FILE_BYTES);
  });
});
