// The page signs every operation it makes with the time (SPEC §5 `at`, ../../src/app/stamp.ts):
// local ISO 8601 to the second, with the offset. Tests of other features compare the page's file
// with files built by hand, which cannot know that time: they read the file with the stamps the page
// made during this run taken off (an operation's own `at`, as in the examples, is kept). What the
// stamps are is tested in ./status.test.ts, on the raw file.
import type { ScenarioFile } from '../../src/model';

/** Local ISO 8601 with its offset, to the second, as the app stamps it. */
export const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** A time the page stamped during this run: its format, and within 12 hours of now. */
export function stampedNow(at: unknown): boolean {
  return typeof at === 'string' && LOCAL_TIME.test(at) && Math.abs(Date.parse(at) - Date.now()) < 12 * 3_600_000;
}

/** The file with the times the page stamped during this run taken off its operations. */
export function withoutNewStamps<T extends ScenarioFile | undefined>(file: T): T {
  if (!file) return file;
  let changed = false;
  const scenarios = file.scenarios.map((scenario) => {
    if (!scenario.operations.some((operation) => stampedNow(operation.at))) return scenario;
    changed = true;
    return { ...scenario, operations: scenario.operations.map(({ at, ...operation }) => (stampedNow(at) ? operation : { ...operation, at })) };
  });
  return (changed ? { ...file, scenarios } : file) as T;
}
