// A second file made from a first by the kinds of edits colleagues make: units and bureaus dropped,
// changed field by field, added; proposals dropped, renamed, added, and their operations deleted,
// inserted, moved, noted. The copy need not be a valid file: the diff is about what the files say.
import fc from 'fast-check';
import type { Operation, Scenario, ScenarioFile } from '../../src/model';
import { validFileArb } from './arbitraries';
import { pickOf } from './values';

const nat = fc.nat({ max: 1 << 20 });

/** `a`, and a copy of it edited with pieces of another generated file. */
export const editedPairArb: fc.Arbitrary<{ a: ScenarioFile; b: ScenarioFile }> = fc
  .tuple(validFileArb, validFileArb, fc.array(nat, { minLength: 40, maxLength: 40 }))
  .map(([a, other, picks]) => ({ a, b: edited(a, other, picks) }));

function edited(a: ScenarioFile, other: ScenarioFile, picks: readonly number[]): ScenarioFile {
  let n = 0;
  const pick = () => picks[n++ % picks.length]! + n;
  const b: ScenarioFile = structuredClone(a);
  if (pick() % 4 === 0) b.title = other.title;
  if (pick() % 4 === 0) b.rules = other.rules;
  if (pick() % 4 === 0) b.functions = other.functions;
  if (pick() % 5 === 0) b.meta = other.meta;
  b.units = b.units.flatMap((unit) => {
    const p = pick() % 6;
    if (p === 0) return [];
    if (p === 1 && other.units.length > 0) return [{ ...pickOf(other.units, pick()), id: unit.id }];
    if (p === 2) return [{ ...unit, name: `${unit.name}′`, leaderPosts: (unit.leaderPosts ?? 0) + 1 }];
    return [unit];
  });
  b.units.push(...other.units.filter((u) => !a.units.some((x) => x.id === u.id) && pick() % 2 === 0));
  b.bureaus = b.bureaus.flatMap((bureau) => {
    const p = pick() % 6;
    if (p === 0) return [];
    if (p === 1 && other.bureaus.length > 0) return [{ ...pickOf(other.bureaus, pick()), id: bureau.id }];
    if (p === 2) return [{ ...bureau, staff: { admin: bureau.staff.admin + 1, institutional: bureau.staff.institutional } }];
    return [bureau];
  });
  b.bureaus.push(...other.bureaus.filter((x) => !a.bureaus.some((y) => y.id === x.id) && pick() % 2 === 0));
  const foreign = other.scenarios.flatMap((s) => s.operations);
  b.scenarios = b.scenarios.flatMap((scenario): Scenario[] => {
    const p = pick() % 5;
    if (p === 0) return [];
    if (p === 1) return [{ ...scenario, name: `${scenario.name}（修订）`, status: 'submitted' }];
    return [{ ...scenario, operations: editedOperations(scenario.operations, foreign, pick) }];
  });
  b.scenarios.push(...other.scenarios.filter((s) => !a.scenarios.some((x) => x.id === s.id) && pick() % 2 === 0));
  // units and bureaus in another order: not a difference, and must not hide one
  if (pick() % 2 === 0) b.units.reverse();
  if (pick() % 2 === 0) b.bureaus.reverse();
  return b;
}

/** Some of: an operation deleted, one inserted (from elsewhere), one moved to the end, a note written. */
export function editedOperations(list: readonly Operation[], foreign: readonly Operation[], pick: () => number): Operation[] {
  const out = [...list];
  const edits = pick() % 4;
  for (let e = 0; e < edits; e++) {
    const kind = pick() % 4;
    const at = out.length === 0 ? 0 : pick() % out.length;
    if (kind === 0 && out.length > 0) out.splice(at, 1);
    else if (kind === 1 && foreign.length > 0) out.splice(pick() % (out.length + 1), 0, pickOf(foreign, pick()));
    else if (kind === 2 && out.length > 0) out.push(...out.splice(at, 1));
    else if (out.length > 0) out[at] = { ...out[at]!, note: `批注${pick() % 3}` };
  }
  return out;
}
