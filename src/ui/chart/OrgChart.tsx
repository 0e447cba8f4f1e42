// The organisation of the scenario on screen: unit boxes with their bureau cards, laid out by
// d3-hierarchy, zoomed and panned by d3-zoom, bureaus dragged with d3-drag.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UnitMetrics } from '../../engine';
import type { OrgState } from '../../model';
import { useT } from '../context';
import type { Mark } from './BureauCard';
import { layoutChart } from './layout';
import { UnitBox } from './UnitBox';
import type { DragHandlers, DropTarget } from './useBureauDrag';
import { useZoom } from './useZoom';

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
  /** Offers SVG and PNG downloads of the chart. */
  onExport?(format: 'svg' | 'png'): void;
  onSelect(selection: Selection | undefined): void;
  onDrop?(bureauId: string, target: DropTarget): void;
  onCardKey?(id: string, key: string): void;
}

export function OrgChart({ state, unitFigures, selection, focusTick, marks, minRatio, documentId, readOnly, changes, className, onExport, onSelect, onDrop, onCardKey }: Props) {
  const { t } = useT();
  const layout = useMemo(() => layoutChart(state), [state]);
  const viewport = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const zoom = useZoom(viewport, content, layout, documentId);
  const [dragging, setDragging] = useState<{ id: string; unit: string; type: string }>();

  const bureaus = useMemo(() => new Map(state.bureaus.map((b) => [b.id, b])), [state]);
  const drag: DragHandlers | undefined = useMemo(
    () => readOnly || !onDrop ? undefined : ({
      onStart(id) {
        const bureau = bureaus.get(id);
        if (bureau) setDragging({ id, unit: bureau.unit, type: bureau.type });
      },
      onEnd(id, target) {
        setDragging(undefined);
        onDrop(id, target);
      },
    }),
    [bureaus, onDrop, readOnly],
  );
  const cardKey = useMemo(() => onCardKey ?? (() => undefined), [onCardKey]);

  useEffect(() => {
    if (!selection || focusTick === 0) return;
    for (const box of layout.units) {
      if (selection.kind === 'unit' && box.unit.id === selection.id) return zoom.focus(box.x, box.y, box.width, box.height);
      const card = box.cards.find((c) => c.bureau.id === selection.id);
      if (selection.kind === 'bureau' && card) return zoom.focus(box.x + card.x, box.y + card.y, 176, 58);
    }
  }, [focusTick]); // eslint-disable-line react-hooks/exhaustive-deps -- only when asked to fly

  const select = useMemo(() => (kind: 'unit' | 'bureau', id: string) => onSelect({ kind, id }), [onSelect]);
  return (
    <div className={`chart${className ? ` ${className}` : ''}`} ref={viewport} onClick={(e) => e.target === viewport.current && onSelect(undefined)} aria-label={t('chart.aria')}>
      <div className="chart-content" ref={content} style={{ width: layout.width, height: layout.height }}>
        <svg className="chart-links" width={layout.width} height={layout.height} aria-hidden="true">
          {layout.links.map((link) => (
            <path key={`${link.from}-${link.to}`} d={link.path} className={`link link-${link.kind}`} />
          ))}
        </svg>
        {layout.bands.map((band) => (
          <h3 key={band.kind} className="band" style={{ left: band.x, top: band.y }}>{t(`chart.band.${band.kind}`)}</h3>
        ))}
        {layout.units.map((box) => (
          <UnitBox
            key={box.unit.id}
            box={box}
            figures={unitFigures?.[box.unit.id]}
            selectedUnit={selection?.kind === 'unit' ? selection.id : undefined}
            selectedBureau={selection?.kind === 'bureau' ? selection.id : undefined}
            unitMark={marks.units.get(box.unit.id)}
            bureauMarks={marks.bureaus}
            dragging={dragging}
            drag={drag}
            changes={changes}
            minRatio={minRatio}
            onSelect={select}
            onCardKey={cardKey}
          />
        ))}
      </div>
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
      <div className="chart-legend" aria-hidden="true">
        <span className="legend cat-economic">{t('category.economic')}</span>
        <span className="legend cat-social">{t('category.social')}</span>
        <span className="legend cat-general">{t('category.general')}</span>
        {!readOnly && <span className="legend-hint">{t('chart.hint')}</span>}
      </div>
    </div>
  );
}
