/** Today in grey, proposals in calm colours that stay apart in print and for colour-blind readers. */
export const BASELINE_COLOR = '#8a96a3';
const PROPOSAL_COLORS = ['#1f4e79', '#2f8f83', '#c47a2c', '#7a5ea8', '#5b8c3a', '#b04a5a', '#3a7ca5', '#8c6d1f'];

export function proposalColor(index: number): string {
  return PROPOSAL_COLORS[index % PROPOSAL_COLORS.length]!;
}

export const SAVING_SOURCE_COLORS: Record<string, string> = {
  move: '#3a7ca5',
  platform: '#7a5ea8',
  merge: '#2f8f83',
  abolish: '#b04a5a',
  create: '#c47a2c',
  edit: '#8c6d1f',
  units: '#8a96a3',
};
