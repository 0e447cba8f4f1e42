// The organisation of the scenario on screen: unit boxes with their bureau cards, laid out by
// d3-hierarchy, zoomed and panned by d3-zoom, bureaus dragged with d3-drag.
import type { ZoomTransform } from 'd3-zoom';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UnitMetrics } from '../../engine';
import { ownValue } from '../../app/figures';
import type { OrgState } from '../../model';
import { useT } from '../context';
import type { Mark } from './BureauCard';
import { CARD, type ChartLayout, layoutChart } from './layout';
import { UnitBox } from './UnitBox';
import type { DragHandlers, DropTarget } from './useBureauDrag';
import { useZoom } from './useZoom';

/** Below this zoom a card's text is too small to read: units are drawn as summary blocks. */
const FAR_ZOOM = 0.35;
/** Below this, a bureau would be a pixel or two: units are drawn as plain boxes. */
const OVERVIEW_ZOOM = 0.08;
/**
 * Only an organisation with more bureaus than this is simplified from far: a district's chart is
 * quick to draw whole at any zoom, and every card stays there to be dragged.
 */
const SIMPLIFY_ABOVE = 1500;

interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  far: 'near' | 'far' | 'overview';
}

/** The part of the chart that is drawn: what is seen, and as much again around it for panning. */
function grown(seen: Omit<Region, 'far'>, far: Region['far']): Region {
  const w = seen.x1 - seen.x0;
  const h = seen.y1 - seen.y0;
  return { x0: seen.x0 - w / 2, y0: seen.y0 - h / 2, x1: seen.x1 + w / 2, y1: seen.y1 + h / 2, far };
}

function contains(outer: Region, inner: Omit<Region, 'far'>): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

function intersects(box: { x: number; y: number; width: number; height: number }, region: Region): boolean {
  return box.x < region.x1 && box.x + box.width > region.x0 && box.y < region.y1 && box.y + box.height > region.y0;
}

export interface Selection {
  kind: 'unit' | 'bureau';
  id: string;
}

interface Props {
  state: OrgState;
  unitFigures: Record<string, UnitMetrics> | undefined;
  selection: Selection | undefined;
  /** Increases each time the view should fly to the selection. */
  focusTick: number;
  marks: { units: ReadonlyMap<string, Mark>; bureaus: ReadonlyMap<string, Mark> };
  minRatio: number;
  documentId: number;
  /** A chart to look at only: no drags (the before/after view, slides). */
  readOnly?: boolean;
  /** Bureau id → what the proposal does to it. */
  changes?: ReadonlyMap<string, string>;
  className?: string;
  /** Draws far zoom levels simplified (summary blocks); off where every card must stay in view. */
  simplify?: boolean;
  /** Offers SVG and PNG downloads of the chart. */
  onExport?(format: 'svg' | 'png'): void;
  onSelect(selection: Selection | undefined): void;
  /** A drop; the promise, if any, settles once its change is in the state (or refused). */
  onDrop?(bureauId: string, target: DropTarget): Promise<unknown> | void;
  onCardKey?(id: string, key: string): void;
  /** Drawn over the chart, above its top left corner (the search box). */
  children?: ReactNode;
}

/** How long a unit or bureau the view flew to stays lit. */
const FLASH_MS = 2200;

// Long: the chart's zoom, drag, flight and drawing share its layout and must stay one component.
export function OrgChart({ state, unitFigures, selection, focusTick, marks, minRatio, documentId, readOnly, changes, className, simplify = true, onExport, onSelect, onDrop, onCardKey, children }: Props) {
  const { t } = useT();
  // each layout starts from the one before, so a drop lays out and redraws only what it touched
  const laidOut = useRef<ChartLayout>(undefined);
  const layout = useMemo(() => (laidOut.current = layoutChart(state, laidOut.current)), [state]);
  const viewport = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // only what can be seen is drawn, and from far away a unit is a summary block: a province of
  // twenty thousand bureaus stays as quick as a district
  const [region, setRegion] = useState<Region>();
  const simplifyRef = useRef(simplify);
  simplifyRef.current = simplify && state.bureaus.length > SIMPLIFY_ABOVE;
  const onView = useCallback((t: ZoomTransform, width: number, height: number) => {
    const seen = { x0: -t.x / t.k, y0: -t.y / t.k, x1: (width - t.x) / t.k, y1: (height - t.y) / t.k };
    const far = !simplifyRef.current ? 'near' : t.k < OVERVIEW_ZOOM ? 'overview' : t.k < FAR_ZOOM ? 'far' : 'near';
    setRegion((old) => (old && old.far === far && contains(old, seen) ? old : grown(seen, far)));
  }, []);
  const zoom = useZoom(viewport, content, layout, documentId, onView);
  // before the first view is known a large chart draws nothing rather than everything
  const shown = useMemo(() => (region ? layout.units.filter((box) => intersects(box, region)) : layout.units.length > 200 ? [] : layout.units), [layout, region]);
  // the links of the units drawn: a province's thousands of links would be one huge picture to
  // paint again after every drop
  const shownLinks = useMemo(
    () => (region ? layout.links.filter((link) => intersects({ ...link, width: link.width || 1, height: link.height || 1 }, region)) : shown === layout.units ? layout.links : []),
    [layout, region, shown],
  );
  const [dragging, setDragging] = useState<{ id: string; unit: string; type: string }>();

  // the handlers read the state when a drag starts, so they stay the same object from one state
  // to the next and a drop does not redraw every card on screen
  const current = useRef(state);
  current.current = state;
  const drag: DragHandlers | undefined = useMemo(
    () => readOnly || !onDrop ? undefined : ({
      onStart(id) {
        const bureau = current.current.bureaus.find((b) => b.id === id);
        if (bureau) setDragging({ id, unit: bureau.unit, type: bureau.type });
      },
      onEnd(id, target) {
        // the units stay marked as targets until the drop is in the state: one drawing, not two
        const done = onDrop(id, target);
        if (!done) return setDragging(undefined);
        return Promise.resolve(done).finally(() => setDragging(undefined));
      },
    }),
    [onDrop, readOnly],
  );
  const cardKey = useMemo(() => onCardKey ?? (() => undefined), [onCardKey]);

  // the unit or bureau flown to is lit for a moment, so the eye finds it among its neighbours
  const [flash, setFlash] = useState<{ unit: string; bureau?: string; tick: number }>();
  useEffect(() => {
    if (!selection || focusTick === 0) return;
    for (const box of layout.units) {
      if (selection.kind === 'unit' && box.unit.id === selection.id) {
        setFlash({ unit: box.unit.id, tick: focusTick });
        return zoom.focus(box.x, box.y, box.width, box.height);
      }
      const card = box.cards.find((c) => c.bureau.id === selection.id);
      if (selection.kind === 'bureau' && card) {
        setFlash({ unit: box.unit.id, bureau: card.bureau.id, tick: focusTick });
        return zoom.focus(box.x + card.x, box.y + card.y, CARD.width, CARD.height);
      }
    }
  // only when asked to fly (focusTick): a new selection or layout alone does not move the view
  }, [focusTick]);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash((now) => (now === flash ? undefined : now)), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const select = useMemo(() => (kind: 'unit' | 'bureau', id: string) => onSelect({ kind, id }), [onSelect]);
  return (
    <div className={`chart${className ? ` ${className}` : ''}`} ref={viewport} onClick={(e) => e.target === viewport.current && onSelect(undefined)} aria-label={t('chart.aria')}>
      <div className="chart-content" ref={content} style={{ width: layout.width, height: layout.height }}>
        <svg className="chart-links" width={layout.width} height={layout.height} aria-hidden="true">
          {shownLinks.map((link) => (
            <path key={`${link.from}-${link.to}`} d={link.path} className={`link link-${link.kind}`} />
          ))}
        </svg>
        {layout.bands.map((band) => (
          <h3 key={band.kind} className="band" style={{ left: band.x, top: band.y }}>{t(`chart.band.${band.kind}`)}</h3>
        ))}
        {shown.map((box) => (
          <UnitBox
            key={box.unit.id}
            box={box}
            figures={ownValue(unitFigures, box.unit.id)}
            selectedUnit={selection?.kind === 'unit' ? selection.id : undefined}
            selectedBureau={selection?.kind === 'bureau' ? selection.id : undefined}
            unitMark={marks.units.get(box.unit.id)}
            bureauMarks={marks.bureaus}
            dragging={dragging?.unit === box.unit.id ? dragging : undefined}
            dropOk={dragging !== undefined && dragging.unit !== box.unit.id}
            drag={drag}
            flash={flash?.unit === box.unit.id ? (flash.bureau ?? true) : false}
            summary={region?.far ?? 'near'}
            changes={changes}
            minRatio={minRatio}
            onSelect={select}
            onCardKey={cardKey}
          />
        ))}
      </div>
      {children}
      <div className="chart-tools">
        <button type="button" onClick={() => zoom.zoomBy(1.25)} aria-label={t('chart.zoomIn')} title={t('chart.zoomIn')}>＋</button>
        <button type="button" onClick={() => zoom.zoomBy(0.8)} aria-label={t('chart.zoomOut')} title={t('chart.zoomOut')}>－</button>
        <button type="button" onClick={() => zoom.fit()} title={t('chart.fit')}>{t('chart.fit')}</button>
        {onExport && (
          <>
            <button type="button" data-action="export-svg" onClick={() => onExport('svg')} title={t('export.chartSvg')}>SVG</button>
            <button type="button" data-action="export-png" onClick={() => onExport('png')} title={t('export.chartPng')}>PNG</button>
          </>
        )}
      </div>
      {region?.far === 'overview' ? (
        // seen whole, units are blocks: the legend says what their colours mean
        <div className="chart-legend" aria-hidden="true">
          <span className="legend unit-zone">{t('legend.zones')}</span>
          <span className="legend unit-local">{t('legend.locals')}</span>
          <span className="legend unit-error">{t('legend.error')}</span>
          <span className="legend unit-warning">{t('legend.warning')}</span>
          <span className="legend-hint">{t('legend.zoomIn')}</span>
        </div>
      ) : (
        <div className="chart-legend" aria-hidden="true">
          <span className="legend cat-economic">{t('category.economic')}</span>
          <span className="legend cat-social">{t('category.social')}</span>
          <span className="legend cat-general">{t('category.general')}</span>
          {!readOnly && <span className="legend-hint">{t('chart.hint')}</span>}
        </div>
      )}
    </div>
  );
}
