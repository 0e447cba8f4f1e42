// What the engine says, computed in Node from the same file: the truth the page must show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Report, buildReport, loadParsedFile } from '../../src/engine';
import { type Operation, type ScenarioFile, parseScenarioFile } from '../../src/model';

export function exampleFile(name = 'xishan-1-plus-4.json'): ScenarioFile {
  const parsed = parseScenarioFile(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8'));
  if (!parsed.ok) throw new Error(`example ${name} is invalid`);
  return parsed.file;
}

/** The report after appending operations to a scenario ("baseline" edits the organisation). */
export function reportAfter(file: ScenarioFile, scenarioId: string, operations: Operation[], lang: 'zh' | 'en' = 'zh'): Report {
  const next: ScenarioFile = {
    ...file,
    scenarios: file.scenarios.map((s) => (s.id === scenarioId ? { ...s, operations: [...s.operations, ...operations] } : s)),
  };
  const loaded = loadParsedFile(next);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return buildReport(loaded.loaded, { lang });
}
