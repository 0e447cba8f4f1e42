// First render of one tree of about 2,000 bureaus by ZoneReform's chart and by d3-org-chart, in
// the same page. How it is kept fair:
// - the same data: a seeded province of 2,000 bureaus (about 200 units). d3-org-chart gets it as
//   the flat id/parentId rows it wants, in the hierarchy ZoneReform draws: a root, the zones, under
//   each zone its offices and the towns and streets of its territory, the other units under the
//   root, and every bureau under its unit. Every unit and every bureau is a node of both charts.
// - the same content per node: a bureau shows its name, type, staff and leader posts; a unit its
//   name, kind and figures (bodies, staff, posts), as ZoneReform's cards and unit headers do.
// - everything drawn, nothing culled: ZoneReform's chart is given `simplify={false}` (its own
//   option for views where every card must stay in view), so at the zoom that fits the whole chart
//   it draws every unit box with all its cards; its drag handlers are attached as in the app.
//   d3-org-chart is given every row expanded (`_expanded`), transitions of 0 ms, and is fitted to
//   its container without animation, so it too ends with the whole tree on screen.
// - the same end: each chart starts in a fresh container of the same size; the clock starts just
//   before the library's render call and stops once all the nodes are in the DOM, no transition
//   is pending, and one frame has been painted (checked at each animation frame; the time is read
//   in a task queued from that frame, after its style, layout and paint).
// - the same page session, alternating the two charts, after one untimed warm-up render of each;
//   the medians of the timed runs are reported.
import 'd3-transition'; // d3-org-chart calls selection.transition() without importing it
import { OrgChart as PeerChart } from 'd3-org-chart';
import { createRoot } from 'react-dom/client';
import type { Controller } from '../../../src/app/controller';
import { baselineOf, viewState } from '../../../src/engine';
import { generateProvince } from '../../../src/generate/province';
import { translate } from '../../../src/i18n';
import type { Bureau, Unit } from '../../../src/model';
import { OrgChart } from '../../../src/ui/chart/OrgChart';
import { ControllerContext } from '../../../src/ui/context';
import '../../../src/ui/styles.css';

const BUREAUS = 2_000;
const SEED = 20251126;
const WIDTH = 1366;
const HEIGHT = 768;

const file = generateProvince({ bureaus: BUREAUS, seed: SEED, scenarios: 0 });
const state = baselineOf(file);
const figures = viewState(state).metrics.units;

// the chart reads only the language from the app's store: a store that holds just that
const controller = { store: { get: () => ({ lang: 'zh' }), subscribe: () => () => undefined } } as unknown as Controller;
const noMarks = { units: new Map(), bureaus: new Map() };
const ignore = () => undefined;

interface Row {
  id: string;
  parentId: string | null;
  unit?: Unit;
  bureau?: Bureau;
  _expanded: boolean;
}

/** The tree as flat rows, in ZoneReform's hierarchy (see the top of this file). */
function peerRows(): Row[] {
  const parentOf = new Map<string, string>();
  for (const unit of state.units) {
    if (unit.kind === 'office' && unit.parent) parentOf.set(unit.id, unit.parent);
    if (unit.kind === 'zone') for (const local of unit.territory ?? []) if (!parentOf.has(local)) parentOf.set(local, unit.id);
  }
  const rows: Row[] = [{ id: 'root', parentId: null, _expanded: true }];
  for (const unit of state.units) rows.push({ id: `u:${unit.id}`, parentId: parentOf.has(unit.id) ? `u:${parentOf.get(unit.id)}` : 'root', unit, _expanded: true });
  for (const bureau of state.bureaus) rows.push({ id: `b:${bureau.id}`, parentId: `u:${bureau.unit}`, bureau, _expanded: true });
  return rows;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const t = (key: string, args: object = {}) => translate('zh', key as never, args as never);

function peerContent(row: Row): string {
  if (row.bureau) {
    const b = row.bureau;
    return `<div style="box-sizing:border-box;width:176px;height:58px;padding:6px 8px;border:1px solid #ccd;border-radius:6px;background:#fff;font:12px sans-serif">
      <div style="font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${escape(b.name)}</div>
      <div style="display:flex;gap:6px;color:#556"><span>${escape(t(`type.${b.type}`))}</span><span>${escape(t('card.staff', { n: b.staff.admin + b.staff.institutional }))}</span><span>${escape(t('card.posts', { n: b.leaderPosts }))}</span></div>
    </div>`;
  }
  if (row.unit) {
    const u = row.unit;
    const f = figures[u.id];
    return `<div style="box-sizing:border-box;width:240px;height:66px;padding:6px 8px;border:1px solid #99a;border-radius:8px;background:#f6f7fb;font:12px sans-serif">
      <div style="font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${escape(u.name)} <span style="font-weight:400">${escape(t(`kind.${u.kind}`))}</span></div>
      ${f ? `<div style="display:flex;gap:6px;color:#556"><span>${escape(t('unit.bodies', { n: f.bodies }))}</span><span>${escape(t('unit.staff', { n: f.staff }))}</span><span>${escape(t('unit.posts', { n: f.leaderPosts }))}</span></div>` : ''}
    </div>`;
  }
  return `<div style="box-sizing:border-box;width:240px;height:66px;padding:6px 8px;font:700 14px sans-serif">${escape(file.title)}</div>`;
}

/** Resolves with the time once `done()` holds at an animation frame and that frame is painted. */
function paintedWhen(done: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const frame = () => {
      if (done()) setTimeout(() => resolve(performance.now()), 0);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

function freshContainer(): HTMLDivElement {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  const container = document.createElement('div');
  Object.assign(container.style, { position: 'relative', width: `${WIDTH}px`, height: `${HEIGHT}px`, display: 'grid', overflow: 'hidden' });
  stage.append(container);
  return container;
}

export interface RenderResult {
  ms: number;
  /** Bureau cards (ZoneReform) or bureau nodes (d3-org-chart) in the DOM at the end. */
  bureaus: number;
  /** All nodes of the tree in the DOM at the end (units and bureaus; d3-org-chart also its root). */
  nodes: number;
}

async function renderZoneReform(): Promise<RenderResult> {
  const container = freshContainer();
  const root = createRoot(container);
  const start = performance.now();
  root.render(
    <ControllerContext.Provider value={controller}>
      <OrgChart state={state} unitFigures={figures} selection={undefined} focusTick={0} marks={noMarks} minRatio={0.6} documentId={1} simplify={false} onSelect={ignore} onDrop={ignore} />
    </ControllerContext.Provider>,
  );
  const end = await paintedWhen(() => container.querySelectorAll('[data-bureau-id]').length === state.bureaus.length);
  const result = { ms: end - start, bureaus: container.querySelectorAll('[data-bureau-id]').length, nodes: container.querySelectorAll('[data-bureau-id], [data-unit-id]').length };
  root.unmount();
  return result;
}

async function renderPeer(): Promise<RenderResult> {
  const container = freshContainer();
  const rows = peerRows(); // fresh rows each time: the library writes its own fields into them
  const start = performance.now();
  const chart = new PeerChart<Row>()
    .container(container)
    .data(rows)
    .nodeId((row) => row.id)
    .parentNodeId((row) => row.parentId)
    .nodeWidth((node) => (node.data.bureau ? 176 : 240))
    .nodeHeight((node) => (node.data.bureau ? 58 : 66))
    .nodeContent((node) => peerContent(node.data))
    .svgHeight(HEIGHT)
    .duration(0)
    .render()
    .fit({ animate: false });
  const nodes = () => container.querySelectorAll('g.node');
  const idle = () => ![...container.querySelectorAll('g.node, path')].some((e) => '__transition' in e);
  const end = await paintedWhen(() => nodes().length === rows.length && idle());
  void chart;
  const bureaus = [...nodes()].filter((g) => ((g as unknown as { __data__?: { data?: Row } }).__data__?.data?.bureau ? true : false)).length;
  return { ms: end - start, bureaus, nodes: nodes().length };
}

Object.assign(window, { renderBench: { bureaus: state.bureaus.length, units: state.units.length, zoneReform: renderZoneReform, peer: renderPeer } });
document.body.dataset.ready = 'true';
