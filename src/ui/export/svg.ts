// Self-contained SVG and PNG from the charts on screen: every style is an attribute already (the
// charts are drawn that way), nothing refers outside the file, and no script can be inside.
export const SVG_NS = 'http://www.w3.org/2000/svg';
export const EXPORT_FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

const TITLE_HEIGHT = 32;

/** The SVG text of a chart element, on a white ground, with its full size and, given one, its title. */
export function svgText(svg: SVGSVGElement, title?: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width || svg.getBoundingClientRect().width;
  const drawn = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height || svg.getBoundingClientRect().height;
  const height = drawn + (title ? TITLE_HEIGHT : 0);
  if (title) {
    // the chart moves down under its title: a slide needs no caption from elsewhere
    const body = document.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0,${TITLE_HEIGHT})`);
    while (copy.firstChild) body.append(copy.firstChild);
    copy.append(body);
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '16');
    heading.setAttribute('y', '22');
    heading.setAttribute('font-size', '15');
    heading.setAttribute('font-weight', '600');
    heading.setAttribute('fill', '#1d2733');
    heading.textContent = title;
    copy.append(heading);
  }
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', EXPORT_FONT);
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  // nothing active or external may leave the page with it
  copy.querySelectorAll('script, foreignObject, a, image, use').forEach((node) => node.remove());
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      if (/^on/i.test(attribute.name) || /^(href|xlink:href)$/i.test(attribute.name) || attribute.name === 'class' || attribute.name.startsWith('data-')) {
        node.removeAttribute(attribute.name);
      }
    }
  }
  const ground = document.createElementNS(SVG_NS, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#ffffff');
  copy.insertBefore(ground, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * The largest scale up to `wanted` at which a picture of this size still fits one canvas: Chromium
 * draws nothing past 32,767 pixels a side or about 268 million in all, so a province's chart is
 * made smaller, never refused.
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  const side = 16_000;
  const area = 120_000_000;
  return Math.min(wanted, side / Math.max(1, width), side / Math.max(1, height), Math.sqrt(area / Math.max(1, width * height)));
}

/**
 * The same picture as PNG at `scale` times its size (2× for sharp slides), or smaller where the
 * picture is too large for a canvas; `onScaled` is then told the scale used and the true size.
 */
export async function pngBlob(svg: string, scale = 2, onScaled?: (used: number, width: number, height: number) => void): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the SVG could not be drawn'));
      image.src = url;
    });
    const fits = pngScale(image.naturalWidth, image.naturalHeight, scale);
    if (fits < scale) {
      onScaled?.(fits, image.naturalWidth, image.naturalHeight);
      scale = fits;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.ceil(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
