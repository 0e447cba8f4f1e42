// The generator (npm run generate) makes valid files of format version 2, with what version 2 added.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../src/engine';
import { generateProvince } from '../src/generate/province';
import { serialiseScenarioFile } from '../src/model';

describe('a generated province', () => {
  it.each([
    [300, 1],
    [2_000, 7],
    [5_000, 42],
  ])('of %i bureaus (seed %i) is a valid version-2 file', (bureaus, seed) => {
    const file = generateProvince({ bureaus, seed, scenarios: 3, operations: 120 });
    const loaded = loadScenarioFile(serialiseScenarioFile(file));
    expect(loaded.ok ? [] : loaded.errors.slice(0, 5).map((e) => `${e.path} ${e.message.en}`)).toEqual([]);
    expect(file.version).toBe(2);
    // about as many bureaus as asked: each zone's district is filled to about 150
    expect(file.bureaus.length).toBeLessThanOrEqual(bureaus);
    expect(file.bureaus.length).toBeGreaterThan(bureaus * 0.95);
  });

  it('has resort offices under no zone that coordinate towns and streets, authors and dates, and statuses', () => {
    const file = generateProvince({ bureaus: 3_000, seed: 3, scenarios: 3, operations: 200 });
    const resorts = file.units.filter((u) => u.kind === 'office' && u.parent === undefined);
    expect(resorts.length).toBeGreaterThan(2);
    expect(resorts.some((u) => (u.territory ?? []).length > 0)).toBe(true);
    expect(file.bureaus.some((b) => resorts.some((u) => u.id === b.unit))).toBe(true);
    const operations = file.scenarios.flatMap((s) => s.operations);
    expect(operations.filter((o) => o.by !== undefined).length).toBeGreaterThan(operations.length / 2);
    expect(operations.some((o) => o.at?.includes('T'))).toBe(true);
    expect(operations.some((o) => o.at !== undefined && !o.at.includes('T'))).toBe(true);
    expect(file.scenarios.map((s) => s.status)).toEqual([undefined, 'submitted', 'approved']);
  });

  it('is the same for the same seed', () => {
    const a = serialiseScenarioFile(generateProvince({ bureaus: 800, seed: 9 }));
    expect(serialiseScenarioFile(generateProvince({ bureaus: 800, seed: 9 }))).toBe(a);
  });
});
