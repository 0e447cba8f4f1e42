// One colour per proposal, everywhere (compare tables and charts, slides), and never used for
// anything else: not for the bureau categories (blue, orange, slate), not for kinds of change
// (shades of grey, told apart by their labels), not for errors and warnings (red, amber). Today is
// grey. The proposal colours are Paul Tol's "muted" set, chosen to stay apart for colour-blind
// readers and in print.
export const BASELINE_COLOR = '#8a96a3';
const PROPOSAL_COLORS = ['#332288', '#117733', '#882255', '#44aa99', '#999933', '#aa4499', '#ddcc77', '#cc6677'];

export function proposalColor(index: number): string {
  return PROPOSAL_COLORS[index % PROPOSAL_COLORS.length]!;
}

/** Kinds of change in greys from dark to light: they never look like a proposal. */
export const SAVING_SOURCE_COLORS: Record<string, string> = {
  move: '#3b3b3b',
  platform: '#6b6b6b',
  merge: '#8f8f8f',
  abolish: '#1f1f1f',
  create: '#b3b3b3',
  edit: '#cfcfcf',
  units: '#e3e3e3',
};
