// Small helpers shared by the property tests.
import { expect } from 'vitest';
import { type LoadedFile, type Metrics, loadParsedFile } from '../../src/engine';
import type { OrgState, ScenarioFile } from '../../src/model';

export function loadedOf(file: ScenarioFile): LoadedFile {
  const result = loadParsedFile(file);
  if (!result.ok) throw new Error(`a generated file did not load: ${JSON.stringify(result.errors.map((e) => [e.path, e.code]))}`);
  return result.loaded;
}

/** The baseline, then each scenario's state. */
export function statesOf(loaded: LoadedFile): OrgState[] {
  return [loaded.baseline, ...loaded.scenarios];
}

/** Metrics with `units` as a Map, so that the order units are listed in does not matter. */
export function unitsAsMap(metrics: Metrics): Omit<Metrics, 'units'> & { units: Map<string, Metrics['units'][string]> } {
  return { ...metrics, units: new Map(Object.entries(metrics.units)) };
}

/** `items` reordered by `keys`, ties kept in place: all-zero keys (what shrinking gives) leave the order as it was. */
export function permuted<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, index, key: keys[index] ?? 0 }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.item);
}

/** Every error of a refused file: a JSON path from the root, and words in both languages. */
export function expectWellFormedErrors(errors: ReadonlyArray<{ path: string; message: { zh: string; en: string } }>): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.path).toMatch(/^\$/);
    expect(error.message.zh.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
  }
}
