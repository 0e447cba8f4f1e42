// SPEC §11: a CSV names units only, so each unit's kind is guessed from the ending of its name, and
// shown for the user to correct before the import is finished.
import type { UnitKind } from '../model';

const ENDINGS: ReadonlyArray<[RegExp, UnitKind]> = [
  [/(管委会|党工委|管理委员会)$/, 'zone'],
  [/(办公室|管理办)$/, 'office'],
  [/镇$/, 'town'],
  [/街道(办事处)?$/, 'street'],
  [/(公司|集团)$/, 'platform'],
  [/领导小组$/, 'group'],
];

/** The kind a unit's name suggests, or undefined when its ending says nothing. */
export function guessKind(name: string): UnitKind | undefined {
  const trimmed = name.trim();
  return ENDINGS.find(([ending]) => ending.test(trimmed))?.[1];
}

/** A zone's name without its ending: what an office's name begins with when it is under that zone. */
export function zoneStem(name: string): string {
  return name.trim().replace(/(管委会|党工委|管理委员会)$/, '');
}
