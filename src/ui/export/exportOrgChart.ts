// Downloads an org chart as SVG or PNG (2×), drawn from the layout the screen uses.
import { type Message, message } from '../../i18n';
import type { OrgState } from '../../model';
import { layoutChart } from '../chart/layout';
import type { Translate } from '../context';
import { download, fileName } from './download';
import { orgChartSvg } from './orgChartSvg';
import { pngBlob } from './svg';

const CHANGES = ['moved', 'platform', 'merged', 'mergedAway', 'created', 'abolished', 'edited'] as const;

export function orgChartSvgFor(state: OrgState, title: string, t: Translate, changes?: ReadonlyMap<string, string>): string {
  return orgChartSvg(layoutChart(state), {
    title,
    changes,
    changeLabels: Object.fromEntries(CHANGES.map((k) => [k, t(`bureauChange.${k}`)])),
    kindLabel: (kind) => t(`kind.${kind}` as 'kind.zone'),
    bandLabel: (kind) => t(`chart.band.${kind}`),
    cardLine: (staff, posts, type) => `${t(`type.${type}` as 'type.internal')} ${t('card.staff', { n: staff })} ${t('card.posts', { n: posts })}`,
  });
}

/**
 * Downloads the chart, named after `title`; `mark` (the illustrative-data mark) is drawn after the
 * title in the picture. For a PNG made smaller than asked (a very large chart), says so.
 */
export async function exportOrgChart(format: 'svg' | 'png', state: OrgState, title: string, t: Translate, changes?: ReadonlyMap<string, string>, mark = ''): Promise<Message | undefined> {
  const svg = orgChartSvgFor(state, `${title}${mark}`, t, changes);
  const name = fileName(title);
  if (format === 'svg') return void download(`${name}.svg`, svg, 'image/svg+xml');
  let scaled: Message | undefined;
  const png = await pngBlob(svg, 2, (used, width, height) => (scaled = message('export.pngScaled', { percent: `${Math.round(used * 100)}%`, width: Math.round(width), height: Math.round(height) })));
  download(`${name}.png`, png);
  return scaled;
}
