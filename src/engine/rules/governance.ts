// SPEC §6 (v2): the governance of a zone is its own; an office takes its parent zone's, and an
// office under no zone (led by the district's Party organisation) stands apart from the district.
import type { Governance, Unit } from '../../model';

export function governanceOf(unit: Unit, units: ReadonlyMap<string, Unit>): Governance | undefined {
  if (unit.kind === 'zone') return unit.governance;
  if (unit.kind !== 'office') return undefined;
  if (unit.parent === undefined) return 'separated';
  return units.get(unit.parent)?.governance;
}
