// The organisation of the scenario on screen: unit boxes with their bureau cards, laid out by
// d3-hierarchy, zoomed and panned by d3-zoom, bureaus dragged with d3-drag. Long: the chart also
// folds the units outside the zones into bands and flies to what search or a drop asks for.
import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UnitMetrics } from '../../engine';
import { ownValue } from '../../app/figures';
import type { OrgState } from '../../model';
import { useT } from '../context';
import type { Mark } from './BureauCard';
import { type Band, CARD, type ChartLayout, layoutChart } from './layout';
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
/**
 * A district's chart opens at a zoom where bureau names (13px cards) read at 12px or more, the
 * zones first; the whole of it is one click away (适应屏幕).
 */
const READABLE_ZOOM = 0.95;

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
  /** Why no drop is taken (an approved proposal): said over the chart while a card is dragged. */
  locked?: string;
  /** Drawn over the chart, above its top left corner (the search box). */
  children?: ReactNode;
}

/** How long a unit or bureau the view flew to stays lit. */
const FLASH_MS = 2200;

// Long: the chart's zoom, drag, flight and drawing share its layout and must stay one component.
export function OrgChart({ state, unitFigures, selection, focusTick, marks, minRatio, documentId, readOnly, changes, className, simplify = true, locked, onExport, onSelect, onDrop, onCardKey, children }: Props) {
  const { t } = useT();
  // a district's chart folds the towns, platforms and groups outside the zones into bands that
  // open on a click; a province's is drawn whole (it is simplified from far instead)
  const district = state.bureaus.length <= SIMPLIFY_ABOVE;
  const [opened, setOpened] = useState<ReadonlySet<Band['kind']>>(new Set());
  useEffect(() => setOpened(new Set()), [documentId]);
  const fold = useMemo(() => (district && !readOnly ? new Set((['locals', 'others'] as const).filter((k) => !opened.has(k))) : undefined), [district, readOnly, opened]);
  // each layout starts from the one before, so a drop lays out and redraws only what it touched
  const laidOut = useRef<ChartLayout>(undefined);
  const layout = useMemo(() => (laidOut.current = layoutChart(state, laidOut.current, { fold })), [state, fold]);
  const toggleBand = (kind: Band['kind']) => setOpened((o) => (o.has(kind) ? new Set([...o].filter((k) => k !== kind)) : new Set([...o, kind])));
  const viewport = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  // only what can be seen is drawn, and from far away a unit is a summary block: a province of
  // twenty thousand bureaus stays as quick as a district
  const [region, setRegion] = useState<Region>();
  const simplifyRef = useRef(simplify);
  simplifyRef.current = simplify && state.bureaus.length > SIMPLIFY_ABOVE;
  // a view with no unit in it (zoomed into a gap) offers the way back to the whole chart
  const boxesRef = useRef(layout.units);
  boxesRef.current = layout.units;
  const [empty, setEmpty] = useState(false);
  const onView = useCallback((t: ZoomTransform, width: number, height: number) => {
    const seen = { x0: -t.x / t.k, y0: -t.y / t.k, x1: (width - t.x) / t.k, y1: (height - t.y) / t.k };
    const far = !simplifyRef.current ? 'near' : t.k < OVERVIEW_ZOOM ? 'overview' : t.k < FAR_ZOOM ? 'far' : 'near';
    setRegion((old) => (old && old.far === far && contains(old, seen) ? old : grown(seen, far)));
    const inView: Region = { ...seen, far };
    setEmpty(boxesRef.current.length > 0 && !boxesRef.current.some((box) => intersects(box, inView)));
  }, []);
  // a district opens readable, its first zone in the middle; a province opens whole
  const opening = useCallback(
    (fitted: ZoomTransform, width: number) => {
      if (!district || fitted.k >= READABLE_ZOOM) return fitted;
      const first = boxesRef.current[0];
      if (!first) return fitted;
      const k = READABLE_ZOOM;
      const centre = first.x + first.width / 2;
      const x = Math.min(24, width / 2 - centre * k);
      return zoomIdentity.translate(x, 56).scale(k);
    },
    [district],
  );
  const zoom = useZoom(viewport, content, layout, documentId, onView, opening);
  // before the first view is known a large chart draws nothing rather than everything
  // a district is drawn whole (it opens zoomed in, and every unit must stay a drop target and be
  // found); a province only where it can be seen
  const shown = useMemo(
    () => (district ? layout.units : region ? layout.units.filter((box) => intersects(box, region)) : layout.units.length > 200 ? [] : layout.units),
    [layout, region, district],
  );
  // the links of the units drawn: a province's thousands of links would be one huge picture to
  // paint again after every drop
  const shownLinks = useMemo(
    () => (district ? layout.links : region ? layout.links.filter((link) => intersects({ ...link, width: link.width || 1, height: link.height || 1 }, region)) : shown === layout.units ? layout.links : []),
    [layout, region, shown, district],
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
        return Promise.resolve(done).finally(() => {
          setDragging(undefined);
          revealAfterDrop.current = id;
        });
      },
    }),
    [onDrop, readOnly],
  );
  // the dropped card, now in its new unit, is brought into view if it landed out of sight
  const revealAfterDrop = useRef<string>(undefined);
  useEffect(() => {
    const id = revealAfterDrop.current;
    if (!id) return;
    for (const box of layout.units) {
      const card = box.cards.find((c) => c.bureau.id === id);
      if (card) {
        revealAfterDrop.current = undefined;
        return zoom.reveal(box.x + card.x, box.y + card.y, CARD.width, CARD.height);
      }
    }
    // dropped into a unit folded in its band: the band opens, and the card is shown on the next drawing
    const unit = state.bureaus.find((b) => b.id === id)?.unit;
    const band = unit === undefined ? undefined : layout.bandOf.get(unit);
    if (band && !opened.has(band)) setOpened((o) => new Set([...o, band]));
    else revealAfterDrop.current = undefined;
  });
  const cardKey = useMemo(() => onCardKey ?? (() => undefined), [onCardKey]);

  // the unit or bureau flown to is lit for a moment, so the eye finds it among its neighbours
  const [flash, setFlash] = useState<{ unit: string; bureau?: string; tick: number }>();
  const focusedTick = useRef(0);
  useEffect(() => {
    if (!selection || focusTick === 0 || focusedTick.current === focusTick) return;
    // a unit or bureau in a folded band: the band opens first, then the view flies there
    const unitOf = selection.kind === 'unit' ? selection.id : state.bureaus.find((b) => b.id === selection.id)?.unit;
    const folded = layout.units.find((box) => box.unit.id === unitOf && box.folded);
    const band = folded && selection.kind === 'bureau' ? layout.bandOf.get(folded.unit.id) : undefined;
    if (band) return setOpened((o) => new Set([...o, band]));
    focusedTick.current = focusTick;
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
  // only when asked to fly (focusTick), or once a band opened for it: a new selection or layout alone
  // does not move the view
  }, [focusTick, layout]); // eslint-disable-line react-hooks/exhaustive-deps
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
          <h3 key={band.kind} className="band" style={{ left: band.x, top: band.y }}>
            {t(`chart.band.${band.kind}`)}
            <span className="band-count">{t('chart.bandUnits', { n: band.units })}</span>
            {district && !readOnly && (
              <button type="button" className="band-toggle" data-action="toggle-band" data-band={band.kind} aria-expanded={!band.folded} onClick={() => toggleBand(band.kind)}>
                {band.folded ? `▸ ${t('chart.expandBand')}` : `▾ ${t('chart.foldBand')}`}
              </button>
            )}
          </h3>
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
            dropOk={dragging !== undefined && !locked && dragging.unit !== box.unit.id && box.unit.kind !== 'group'}
            refusal={dragging !== undefined && box.unit.kind === 'group' ? t('drop.groupShort') : undefined}
            onOpen={box.folded ? () => toggleBand(layout.bandOf.get(box.unit.id) ?? 'locals') : undefined}
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
      {dragging && locked && <div className="drag-refusal" role="alert" data-drag-refusal="">{locked}</div>}
      {empty && (
        <div className="chart-empty" role="status">
          <span>{t('chart.emptyView')}</span>
          <button type="button" data-action="back-to-overview" onClick={() => zoom.fit()}>{t('chart.backToOverview')}</button>
        </div>
      )}
      <div className="chart-tools">
        <button type="button" onClick={() => zoom.zoomBy(1.25)} aria-label={t('chart.zoomIn')} title={t('chart.zoomIn')}>＋</button>
        <button type="button" onClick={() => zoom.zoomBy(0.8)} aria-label={t('chart.zoomOut')} title={t('chart.zoomOut')}>－</button>
        <button type="button" data-action="fit" onClick={() => zoom.fit()} title={t('chart.fit')}>{t('chart.fit')}</button>
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
