// An approved proposal (SPEC §3: status "approved", 已批准) takes no new operations until a user
// sets it back to draft. The rule is kept in one place, over the file before and after a step, so
// that every step the core runs or undoes obeys it, whichever action planned it: a drop, a dialog,
// a merge, an edited note, a fix applied, proposals merged from another file.
//
// What an approved proposal still allows: its status changed (that is how it is unlocked), a copy
// made (a new draft), and being deleted (the screen asks first). Its name, notes and operations —
// with their records (note, 文号, by, at) — stay as approved. Today's organisation is not locked by
// it: an edit there that the proposal's operations no longer fit is refused by the engine anyway.
import { type Message, message } from '../i18n';
import { sameValue } from '../engine/share/canonical';
import type { Scenario, ScenarioFile } from '../model';

export const isApproved = (scenario: Pick<Scenario, 'status'> | undefined): boolean => scenario?.status === 'approved';

/** Why the scenario `scenarioId` takes no new operation, or undefined when it does (or is the baseline). */
export function lockReason(file: ScenarioFile, scenarioId: string): Message | undefined {
  const scenario = file.scenarios.find((s) => s.id === scenarioId);
  return isApproved(scenario) ? locked(scenario!) : undefined;
}

/**
 * Why a step from `before` to `after` may not be taken: it changes the content of a proposal that
 * is approved in `before`. A deleted proposal, a status changed, and proposals added are allowed.
 * Undo and redo (`travel`) may also take back a step that approved a proposal together with its
 * content (proposals merged in from a colleague's file): only content that stays approved is kept.
 */
export function approvalBreach(before: ScenarioFile, after: ScenarioFile, travel = false): Message | undefined {
  if (before.scenarios === after.scenarios) return undefined; // shared by immer: no proposal touched
  for (const scenario of before.scenarios) {
    if (!isApproved(scenario)) continue;
    const now = after.scenarios.find((s) => s.id === scenario.id);
    if (!now || now === scenario || (travel && !isApproved(now))) continue;
    if (!sameContent(scenario, now)) return locked(scenario);
  }
  return undefined;
}

const locked = (scenario: Scenario): Message => message('status.locked', { name: scenario.name });

/** The approved content of a proposal: name, notes and operations with their records. */
function sameContent(a: Scenario, b: Scenario): boolean {
  if (a.name !== b.name || a.notes !== b.notes) return false;
  // unchanged operations are the same array (immer shares them); a file put in whole is compared by
  // value, the order of keys aside
  return a.operations === b.operations || sameValue(a.operations, b.operations);
}
