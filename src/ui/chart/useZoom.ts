// Zoom and pan with d3-zoom on the chart's viewport; React never re-renders for a pan.
import { select } from 'd3-selection';
import { type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import 'd3-transition';
import { type RefObject, useCallback, useEffect, useRef } from 'react';

export interface ZoomControls {
  fit(): void;
  /** Pans (at the same zoom) just enough to bring a rectangle of the chart into view. */
  reveal(x: number, y: number, width: number, height: number): void;
  zoomBy(factor: number): void;
  /** Centres the view on a rectangle of the chart (in chart coordinates). */
  focus(x: number, y: number, width: number, height: number): void;
}

export function useZoom(
  viewport: RefObject<HTMLDivElement | null>,
  content: RefObject<HTMLDivElement | null>,
  size: { width: number; height: number },
  /** A new value fits the chart to the screen again (a new file was opened). */
  fitKey: number,
  /** Told of every new view (for drawing only what can be seen). */
  onView?: (transform: ZoomTransform, width: number, height: number) => void,
  /** The view a newly opened chart starts with, given the fitted one and the viewport's size (default: fitted). */
  openingView?: (fitted: ZoomTransform, width: number, height: number) => ZoomTransform,
): ZoomControls {
  const viewListener = useRef(onView);
  viewListener.current = onView;
  const opening = useRef(openingView);
  opening.current = openingView;
  const behavior = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const apply = (t: ZoomTransform) => {
      if (content.current) {
        content.current.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
        // labels that keep their size on screen at any zoom (the province's blocks) read it
        content.current.style.setProperty('--zoom', String(t.k));
      }
      viewListener.current?.(t, element.clientWidth, element.clientHeight);
    };
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.01, 2.5])
      // cards start drags and form controls take clicks: only the background pans
      .filter((event: Event) => {
        const target = event.target as Element | null;
        // the search box and its list of matches scroll and take clicks of their own
        if (target?.closest('[role="search"]')) return false;
        if (event.type === 'wheel') return true;
        return !target?.closest('[data-bureau-id], button, input, select, textarea') && !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => apply(event.transform));
    behavior.current = z;
    select(element).call(z).on('dblclick.zoom', null);
    return () => {
      select(element).on('.zoom', null);
    };
  }, [viewport, content]);

  const fitTransform = useCallback((): ZoomTransform | undefined => {
    const element = viewport.current;
    if (!element || size.width === 0) return undefined;
    const margin = 24;
    const top = 56; // the zoom buttons stand over the top of the chart, the legend over its bottom
    const bottom = 48;
    const k = Math.min(1, (element.clientWidth - margin * 2) / size.width, (element.clientHeight - top - bottom) / size.height);
    const x = (element.clientWidth - size.width * k) / 2;
    return zoomIdentity.translate(x, top).scale(Math.max(0.01, k));
  }, [viewport, size.width, size.height]);

  const controls: ZoomControls = {
    fit() {
      const t = fitTransform();
      if (t && viewport.current && behavior.current) select(viewport.current).transition().duration(250).call(behavior.current.transform, t);
    },
    zoomBy(factor) {
      if (viewport.current && behavior.current) select(viewport.current).transition().duration(150).call(behavior.current.scaleBy, factor);
    },
    reveal(x, y, width, height) {
      const element = viewport.current;
      if (!element || !behavior.current) return;
      const t = zoomTransform(element);
      const margin = 48;
      const left = x * t.k + t.x;
      const top = y * t.k + t.y;
      const right = (x + width) * t.k + t.x;
      const bottom = (y + height) * t.k + t.y;
      let dx = 0;
      let dy = 0;
      if (right > element.clientWidth - margin) dx = element.clientWidth - margin - right;
      if (left + dx < margin) dx = margin - left;
      if (bottom > element.clientHeight - margin) dy = element.clientHeight - margin - bottom;
      if (top + dy < margin) dy = margin - top;
      if (dx === 0 && dy === 0) return;
      select(element).transition().duration(300).call(behavior.current.transform, zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k));
    },
    focus(x, y, width, height) {
      const element = viewport.current;
      if (!element || !behavior.current) return;
      const k = Math.max(0.6, Math.min(1.2, element.clientWidth / (width * 3)));
      // a unit taller than the screen shows its head, not its middle
      const top = 56;
      const y0 = height * k > element.clientHeight - top * 2 ? top - y * k : element.clientHeight / 2 - (y + height / 2) * k;
      const t = zoomIdentity.translate(element.clientWidth / 2 - (x + width / 2) * k, y0).scale(k);
      // a long way in (from a province seen whole) takes longer, so the eye can follow
      const depth = Math.abs(Math.log2(t.k / zoomTransform(element).k));
      select(element).transition().duration(Math.min(900, 300 + 100 * depth)).call(behavior.current.transform, t);
    },
  };

  // fit once the chart has a size, and again when a different file is opened
  const fittedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (fittedFor.current === fitKey || size.width === 0) return;
    const fitted = fitTransform();
    const element = viewport.current;
    if (fitted && element && behavior.current) {
      const t = opening.current ? opening.current(fitted, element.clientWidth, element.clientHeight) : fitted;
      select(element).call(behavior.current.transform, t);
      fittedFor.current = fitKey;
    }
  }, [fitTransform, fitKey, size.width, viewport]);

  return controls;
}
