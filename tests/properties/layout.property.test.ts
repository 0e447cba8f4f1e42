// The chart's layout, made from the layout before it, must be the layout made from nothing: after
// any operation, every box, card, link and band in the same place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperation, contextOf } from '../../src/engine';
import { functionCatalogue } from '../../src/model';
import { type ChartLayout, layoutChart } from '../../src/ui/chart/layout';
import { operationFor, planArb, validFileArb } from './arbitraries';
import { loadedOf } from './support';

const placed = (layout: ChartLayout) => ({
  units: layout.units.map((box) => ({
    unit: box.unit,
    at: [box.x, box.y, box.width, box.height],
    cards: box.cards.map((card) => [card.bureau, card.x, card.y]),
  })),
  links: layout.links,
  bands: layout.bands,
  size: [layout.width, layout.height],
});

describe('a layout made from the one before', () => {
  it('is the layout made from nothing, and keeps the boxes that did not change', () => {
    fc.assert(
      fc.property(validFileArb, planArb, (file, plan) => {
        const loaded = loadedOf(file);
        const functionIds = [...functionCatalogue(file.functions).keys()];
        let state = loaded.baseline;
        let layout = layoutChart(state);
        for (const choice of plan) {
          const operation = operationFor(state, choice, functionIds);
          if (!operation) return;
          const result = applyOperation(state, operation, contextOf(file));
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(operation)}`);
          const next = layoutChart(result.state, layout);
          expect(placed(next), JSON.stringify(operation)).toEqual(placed(layoutChart(result.state)));
          // a box that comes out the same is the same object, so the chart need not draw it again
          const before = new Map(layout.units.map((box) => [box.unit.id, box]));
          for (const box of next.units) {
            const old = before.get(box.unit.id);
            if (old && old.unit === box.unit && old.x === box.x && old.y === box.y && old.cards.every((c, i) => c.bureau === box.cards[i]?.bureau) && old.cards.length === box.cards.length) {
              expect(box).toBe(old);
            }
          }
          state = result.state;
          layout = next;
        }
      }),
      { seed: 7311, numRuns: 200 },
    );
  });
});
