// A chart with its title and export buttons: SVG and PNG (2×) of exactly what is drawn.
import { type ReactNode, useRef } from 'react';
import { message } from '../../i18n';
import { useActions, useT } from '../context';
import { download, fileName } from '../export/download';
import { pngBlob, svgText } from '../export/svg';

interface Props {
  title: string;
  name: string;
  /** The title the exported picture carries, when it says more than the one on screen (the illustrative-data mark). */
  exportTitle?: string;
  children: ReactNode;
}

export function ChartFrame({ title, name, exportTitle = title, children }: Props) {
  const { t } = useT();
  const actions = useActions();
  const ref = useRef<HTMLDivElement>(null);
  const svg = () => ref.current?.querySelector('svg');
  const exportSvg = () => {
    const element = svg();
    if (element) download(`${fileName(name)}.svg`, svgText(element, exportTitle), 'image/svg+xml');
  };
  const exportPng = async () => {
    const element = svg();
    if (!element) return;
    try {
      let scaled: { used: number; width: number; height: number } | undefined;
      download(`${fileName(name)}.png`, await pngBlob(svgText(element, exportTitle), 2, (used, width, height) => (scaled = { used, width, height })));
      if (scaled) actions.inform('info', message('export.pngScaled', { percent: `${Math.round(scaled.used * 100)}%`, width: Math.round(scaled.width), height: Math.round(scaled.height) }));
    } catch {
      actions.inform('error', message('export.pngFailed', {}));
    }
  };
  return (
    <figure className="chart-frame">
      <figcaption>
        <span>{title}</span>
        <span className="chart-exports">
          <button type="button" data-action="export-svg" onClick={exportSvg}>SVG</button>
          <button type="button" data-action="export-png" onClick={() => void exportPng()}>PNG</button>
        </span>
      </figcaption>
      <div ref={ref} className="chart-frame-body">{children}</div>
      <span className="sr-only">{t('export.hint')}</span>
    </figure>
  );
}
