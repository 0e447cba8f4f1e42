// On paper the chart is a picture of the whole organisation, drawn from the same layout as the
// export, whatever the zoom on screen; it is made when the user prints, not before. `beforeprint`
// cannot wait, so the drawing code is fetched when the chart first shows.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { OrgState } from '../../model';
import { useT } from '../context';
import { chartExport } from '../export/chartExport';

export function PrintedChart({ state, title }: { state: OrgState; title: string }) {
  const { t } = useT();
  const [source, setSource] = useState<string>();
  useEffect(() => {
    chartExport.load().catch(() => undefined);
    const before = () => {
      const drawing = chartExport.current();
      if (drawing) flushSync(() => setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawing.orgChartSvgFor(state, title, t))}`));
    };
    const after = () => setSource(undefined);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [state, title, t]);
  return source ? <img className="printed-chart" src={source} alt={title} /> : null;
}
