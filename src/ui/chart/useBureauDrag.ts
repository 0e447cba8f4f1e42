// Dragging a bureau card with d3-drag: a ghost follows the pointer, the element under it is the
// target (a unit box, or a bureau to merge with). One React update at the start and one at the end:
// the ghost and the target highlight are moved directly, so a drag stays smooth.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { type RefObject, useEffect, useRef } from 'react';

import type { DropTarget } from '../../app/drop';

export type { DropTarget };

export interface DragHandlers {
  onStart(bureauId: string): void;
  /** The drop; when it returns a promise, the card stays where it was dropped until that settles. */
  onEnd(bureauId: string, target: DropTarget): Promise<unknown> | void;
}

/**
 * How long a dropped card may wait where it was dropped for the new state: after that it goes back
 * to its place until the state comes (a slow engine), rather than hang in the air.
 */
const HOLD_MS = 400;

const THRESHOLD = 4;

/**
 * What is under the pointer, and what to light up: a bureau it may merge with; the unit it would
 * move into (also when over one of that unit's bureaus); or, marked invalid, a bureau of its own
 * unit that it cannot merge with (another type).
 */
function targetAt(x: number, y: number, source: Element): { element: Element; mark: 'over' | 'invalid'; target: DropTarget } | undefined {
  const hit = document.elementFromPoint(x, y);
  const bureau = hit?.closest('[data-bureau-id]');
  const unit = hit?.closest('[data-unit-id]');
  if (bureau && bureau !== source) {
    const target: DropTarget = { kind: 'bureau', id: bureau.getAttribute('data-bureau-id')! };
    if (bureau.hasAttribute('data-drop-bureau')) return { element: bureau, mark: 'over', target };
    if (unit?.classList.contains('drop-ok')) return { element: unit, mark: 'over', target };
    return { element: bureau, mark: 'invalid', target };
  }
  if (unit) return { element: unit, mark: unit.classList.contains('drop-ok') ? 'over' : 'invalid', target: { kind: 'unit', id: unit.getAttribute('data-unit-id')! } };
  return undefined;
}

// Long: d3-drag's start, move and end share the ghost and the target they light up.
export function useBureauDrag(ref: RefObject<HTMLElement | null>, bureauId: string, handlers: DragHandlers | undefined): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const element = ref.current;
    if (!element || !latest.current) return; // a chart to look at, not to edit
    let ghost: HTMLElement | undefined;
    let over: Element | undefined;
    let target: DropTarget;
    let origin = { x: 0, y: 0 };
    let offset = { x: 0, y: 0 };

    const clear = () => {
      over?.removeAttribute('data-drop-over');
      over?.removeAttribute('data-drop-invalid');
      over = undefined;
      ghost?.remove();
      ghost = undefined;
      element.removeAttribute('data-drag-source');
    };

    const behavior = drag<HTMLElement, unknown>()
      .container(() => document.body as unknown as HTMLElement)
      .on('start', (event: { sourceEvent: MouseEvent | TouchEvent }) => {
        const point = clientPoint(event.sourceEvent);
        origin = point;
        const rect = element.getBoundingClientRect();
        offset = { x: point.x - rect.left, y: point.y - rect.top };
        target = undefined;
      })
      .on('drag', (event: { sourceEvent: MouseEvent | TouchEvent }) => {
        const point = clientPoint(event.sourceEvent);
        if (!ghost) {
          if (Math.hypot(point.x - origin.x, point.y - origin.y) < THRESHOLD) return;
          const rect = element.getBoundingClientRect();
          ghost = element.cloneNode(true) as HTMLElement;
          ghost.removeAttribute('data-bureau-id');
          ghost.removeAttribute('data-drop-bureau');
          ghost.classList.add('drag-ghost');
          Object.assign(ghost.style, { width: `${rect.width}px`, height: `${rect.height}px` });
          document.body.append(ghost);
          element.setAttribute('data-drag-source', 'true');
          latest.current?.onStart(bureauId);
        }
        ghost.style.transform = `translate(${point.x - offset.x}px, ${point.y - offset.y}px)`;
        const found = targetAt(point.x, point.y, element);
        if (found?.element !== over) {
          over?.removeAttribute('data-drop-over');
          over?.removeAttribute('data-drop-invalid');
          over = found?.element;
          // its own unit is no target: a drop there changes nothing, so it is not marked
          if (found && !(found.mark === 'invalid' && found.element.hasAttribute('data-unit-id'))) {
            over?.setAttribute(found.mark === 'over' ? 'data-drop-over' : 'data-drop-invalid', 'true');
          }
        }
        target = found?.target;
      })
      .on('end', () => {
        const dragged = ghost !== undefined;
        if (!dragged) return clear();
        // the card stays where it was dropped until the new state is drawn: the drop and its
        // figures then appear in one frame, not as a jump back followed by a jump to the new place
        over?.removeAttribute('data-drop-over');
        over?.removeAttribute('data-drop-invalid');
        over = undefined;
        const held = ghost;
        ghost = undefined; // a new drag makes its own
        const release = () => {
          held?.remove();
          if (!ghost) element.removeAttribute('data-drag-source');
        };
        const done = latest.current?.onEnd(bureauId, target);
        if (!done) return release();
        const timer = setTimeout(release, HOLD_MS);
        void Promise.resolve(done).finally(() => (clearTimeout(timer), release()));
      });
    select(element).call(behavior);
    return () => {
      clear();
      select(element).on('.drag', null);
    };
  }, [ref, bureauId, handlers === undefined]);
}

function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ('touches' in event) {
    const touch = event.touches[0] ?? event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}
