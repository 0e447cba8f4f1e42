// Ids for what the user creates: new in the whole file, not only on screen. A bureau created on the
// baseline must not take an id that some proposal creates later, or that proposal would no longer apply.
import type { ScenarioFile } from '../model';

export function takenBureauIds(file: ScenarioFile): Set<string> {
  const taken = new Set(file.bureaus.map((b) => b.id));
  for (const scenario of file.scenarios) {
    for (const op of scenario.operations) {
      if (op.op === 'create') taken.add(op.bureau.id);
      if (op.op === 'merge') taken.add(op.into.id);
    }
  }
  return taken;
}

export function takenUnitIds(file: ScenarioFile): Set<string> {
  const taken = new Set(file.units.map((u) => u.id));
  for (const scenario of file.scenarios) for (const op of scenario.operations) if (op.op === 'add-unit') taken.add(op.unit.id);
  return taken;
}

/** `stem-1`, `stem-2` …: the first not taken (ids keep to letters, digits, _ - . and 64 characters). */
export function freshId(taken: ReadonlySet<string>, stem: string): string {
  const clean = stem.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 50) || 'new';
  for (let n = 1; ; n++) if (!taken.has(`${clean}-${n}`)) return `${clean}-${n}`;
}
