/** Which dialog is open, and about what. */
export type DialogRequest =
  | { kind: 'move'; bureau: string }
  | { kind: 'merge'; bureau: string; with?: string }
  | { kind: 'reassign'; bureau: string }
  | { kind: 'editBureau'; bureau: string }
  | { kind: 'createBureau'; unit: string }
  | { kind: 'abolish'; bureau: string }
  | { kind: 'editUnit'; unit: string }
  | { kind: 'addUnit' }
  | { kind: 'removeUnit'; unit: string }
  | { kind: 'newScenario' }
  | { kind: 'renameScenario'; scenario: string }
  | { kind: 'deleteApproved'; scenario: string };

/** Whether the dialog's outcome changes the proposal on screen (then an approved one refuses it before it opens). */
export const changesProposal = (request: DialogRequest): boolean => request.kind !== 'newScenario' && request.kind !== 'deleteApproved';
