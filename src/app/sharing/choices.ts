// What the user's choices in the sharing dialogs mean before anything is done: which id each
// proposal brought in will take, which choices are still to make. The dialogs show these; the
// engine decides the same way when the step is made (engine/share/bringIn.ts, merge/apply.ts).
import type { BringInView, ConflictView, MergeChoice, ProposalChoice } from '../../engine/share';
import { unusedId } from '../../engine/share/ids';
import type { ScenarioFile } from '../../model';

/** The id each chosen proposal takes in the open file (its own, or a new one where that is taken), in the other file's order. */
export function incomingIds(file: ScenarioFile, view: BringInView, chosen: ReadonlySet<string>): Map<string, string> {
  const taken = new Set(file.scenarios.map((s) => s.id));
  const ids = new Map<string, string>();
  for (const proposal of view.proposals) {
    if (!chosen.has(proposal.id)) continue;
    const id = unusedId(proposal.id, taken);
    taken.add(id);
    ids.set(proposal.id, id);
  }
  return ids;
}

/** The chosen proposals with operations that cannot apply here and no choice made for them. */
export function choicesMissing(view: BringInView, chosen: ReadonlySet<string>, choices: ReadonlyMap<string, ProposalChoice>): string[] {
  return view.proposals.filter((p) => chosen.has(p.id) && p.refused.length > 0 && !choices.has(p.id)).map((p) => p.id);
}

/** The conflicts not decided yet (or decided with a choice they do not offer). */
export function undecided(conflicts: readonly ConflictView[], choices: ReadonlyMap<string, MergeChoice>): ConflictView[] {
  return conflicts.filter((c) => !c.choices.includes(choices.get(c.id) as MergeChoice));
}
