// The org chart as a standalone SVG, drawn from the same layout as the screen: unit boxes, bureau
// cards, links and marks; every text escaped, every style an attribute.
import type { ChartLayout } from '../chart/layout';
import { CARD } from '../chart/layout';
import { EXPORT_FONT } from './svg';

const COLORS = { economic: '#2f6db5', social: '#b8652a', general: '#5a6675' } as const;
const KIND_COLORS: Record<string, string> = { zone: '#1f4e79', office: '#5b7fa6', town: '#8a9a5b', street: '#8a9a5b', platform: '#7a5ea8', group: '#9aa7b6' };
export const CHANGE_COLORS: Record<string, string> = {
  moved: '#1f4e79',
  platform: '#7a5ea8',
  merged: '#1e7a46',
  created: '#1e7a46',
  abolished: '#b42318',
  edited: '#a15c07',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Cuts a text to about `width` pixels at `size` px (CJK characters count one em, others about half). */
export function fitText(text: string, width: number, size: number): string {
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = /[\u2e80-\uffff]/.test(char) ? size : size * 0.56;
    if (used + w > width) return `${out}…`;
    used += w;
    out += char;
  }
  return out;
}

export interface OrgChartSvgOptions {
  title?: string;
  /** Bureau id → a change mark (before/after view). */
  changes?: ReadonlyMap<string, string>;
  changeLabels?: Readonly<Record<string, string>>;
  kindLabel(kind: string): string;
  bandLabel(kind: 'locals' | 'others'): string;
  cardLine(staff: number, posts: number, type: string): string;
}

export function orgChartSvg(layout: ChartLayout, options: OrgChartSvgOptions): string {
  const margin = 24;
  const top = options.title ? 48 : margin;
  const width = Math.ceil(layout.width + margin * 2);
  const height = Math.ceil(layout.height + top + margin);
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title) parts.push(`<text x="${margin}" y="30" font-size="18" font-weight="600" fill="#1d2733">${escapeXml(options.title)}</text>`);
  parts.push(`<g transform="translate(${margin},${top})">`);
  for (const link of layout.links) {
    parts.push(`<path d="${link.path}" fill="none" stroke="#9aa7b6" stroke-width="1.5"${link.kind === 'territory' ? ' stroke-dasharray="5 4"' : ''}/>`);
  }
  for (const box of layout.units) {
    const { unit } = box;
    parts.push(`<g transform="translate(${box.x},${box.y})">`);
    parts.push(`<rect width="${box.width}" height="${box.height}" rx="8" fill="#ffffff" stroke="#d9dee5"/>`);
    parts.push(`<rect width="${box.width}" height="4" rx="2" fill="${KIND_COLORS[unit.kind] ?? '#1f4e79'}"/>`);
    parts.push(`<text x="12" y="24" font-size="14" font-weight="600" fill="#1d2733">${escapeXml(fitText(unit.name, box.width - 24, 14))}</text>`);
    parts.push(`<text x="12" y="42" font-size="11" fill="#4b5868">${escapeXml(options.kindLabel(unit.kind))}</text>`);
    for (const card of box.cards) {
      const b = card.bureau;
      const change = options.changes?.get(b.id);
      const stroke = change ? CHANGE_COLORS[change] ?? '#d9dee5' : '#d9dee5';
      parts.push(`<g transform="translate(${card.x},${card.y})">`);
      parts.push(`<rect width="${CARD.width}" height="${CARD.height}" rx="5" fill="#ffffff" stroke="${stroke}" stroke-width="${change ? 2 : 1}"${change === 'abolished' ? ' stroke-dasharray="4 3"' : ''}/>`);
      parts.push(`<rect width="4" height="${CARD.height}" fill="${COLORS[b.category]}"/>`);
      parts.push(`<text x="12" y="22" font-size="13" fill="#1d2733"${change === 'abolished' ? ' text-decoration="line-through"' : ''}>${escapeXml(fitText(b.name, CARD.width - 20, 13))}</text>`);
      parts.push(`<text x="12" y="44" font-size="11" fill="#4b5868">${escapeXml(options.cardLine(b.staff.admin + b.staff.institutional, b.leaderPosts, b.type))}</text>`);
      if (change && options.changeLabels?.[change]) {
        parts.push(`<text x="${CARD.width - 8}" y="44" font-size="11" text-anchor="end" fill="${stroke}">${escapeXml(options.changeLabels[change])}</text>`);
      }
      parts.push('</g>');
    }
    parts.push('</g>');
  }
  for (const band of layout.bands) {
    parts.push(`<text x="${band.x}" y="${band.y + 16}" font-size="13" font-weight="600" fill="#4b5868">${escapeXml(options.bandLabel(band.kind))}</text>`);
  }
  parts.push('</g>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${EXPORT_FONT}'>${parts.join('')}</svg>`;
}
