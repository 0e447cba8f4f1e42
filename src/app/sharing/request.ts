// Which sharing dialog is on screen, and the other file it is about (held by the engine under a
// token: see engine/share/desk.ts). Plain data in the app state; the dialogs load on first use.
import type { ProposalSummary } from '../../engine/share';

/** Another file, read and checked as opening one is, held by the engine while a dialog uses it. */
export interface OtherFile {
  token: number;
  /** The file's name on disk. */
  name: string;
  title: string;
  units: number;
  bureaus: number;
  proposals: ProposalSummary[];
  /** Its units, bureaus, duties and rule numbers are the open file's. */
  sameBaseline: boolean;
}

export type SharingRequest =
  /** A file dropped while work is open: open it, or use it with the open work? */
  | { kind: 'dropped'; other: OtherFile; text: string }
  | { kind: 'bringIn'; other: OtherFile }
  | { kind: 'diff'; other?: OtherFile }
  | { kind: 'merge'; theirs?: OtherFile; ancestor?: OtherFile };
