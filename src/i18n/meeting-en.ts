// The English meeting texts: every key of meeting-zh.ts.
import type { meetingZh } from './meeting-zh';

const measureEn = (n: string, measure: string): string => {
  const one = n === '1';
  if (measure === 'bodies') return `${n} ${one ? 'body' : 'bodies'}`;
  if (measure === 'people') return `${n} staff`;
  if (measure === 'posts') return `${n} ${one ? 'post' : 'posts'}`;
  return n;
};

export const meetingEn: typeof meetingZh = {
  'fileInfo.illustrative': () => 'Illustrative data',
  'fileInfo.illustrativeHint': () => 'The bodies, staffing and posts in this file are illustrative, not officially approved figures.',
  'fileInfo.illustrativeLong': () => 'Illustrative data, not official figures',
  'examples.failed': () => 'The example could not be loaded; try again in a moment.',
  'examples.title': () => 'Examples',
  'panel.ledger': () => 'Ledger',
  'drop.group': (a) => `${a.unit} is a coordination mechanism (leading group): it has no bodies and no staff, so ${a.name} cannot be moved into it. Move it to a town, street or zone instead.`,
  'drop.groupShort': () => 'A leading group holds no bodies',
  'chart.bandUnits': (a) => `${a.n} ${a.n === 1 ? 'unit' : 'units'}`,
  'chart.expandBand': () => 'show',
  'chart.foldBand': () => 'fold',
  'chart.folded': (a) => `${a.n} ${a.n === 1 ? 'body' : 'bodies'} · click to show`,
  'chart.backToOverview': () => 'Back to the whole chart',
  'chart.emptyView': () => 'No unit here',
  'export.pngScaled': (a) => `The chart is very large (${a.width} × ${a.height} px): the PNG is scaled to ${a.percent}; export SVG for a sharp large picture.`,
  'delta.down': (a) => `${measureEn(a.n, a.measure)} fewer`,
  'delta.up': (a) => `${measureEn(a.n, a.measure)} more`,
  'delta.same': () => 'no change',
  'delta.ratioDown': (a) => `down ${a.pt} points`,
  'delta.ratioUp': (a) => `up ${a.pt} points`,
  'figures.change': () => 'Change',
  'figures.ofWhichPlatform': () => 'of which to company platforms',
  'figures.caption': () => 'Change: the proposal against today. Staff handed to company platforms are part of the staff change, not a second saving.',
};
