// No prototype keys anywhere ids go: a file whose units, bureaus, duties and proposals are called
// `__proto__`, `constructor`, `toString` … (every name of Object.prototype) gives the same figures,
// findings, breakdowns, comparison and exports as the same file with ordinary ids — and crosses
// the worker boundary (structured clone) and the report patches unharmed. Issue: a proposal with
// the id `__proto__` broke 方案比较 on every load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Report, buildReport, createSession, subjectText } from '../../src/engine';
import type { Subject } from '../../src/engine/rules';
import { applyPatch, diffValues } from '../../src/engine/patch';
import { translate } from '../../src/i18n';
import { BUILT_IN_FUNCTIONS, type ScenarioFile, parseScenarioFile, serialiseScenarioFile } from '../../src/model';
import { adjustmentCsvRows } from '../../src/ui/compare/AdjustmentTable';
import { compareRows } from '../../src/ui/compare/rows';
import { search, searchIndex } from '../../src/ui/chart/search';
import { layoutChart } from '../../src/ui/chart/layout';
import { orgChartSvgFor } from '../../src/ui/export/exportOrgChart';
import { toCsv } from '../../src/ui/export/csv';
import { functionCatalogue } from '../../src/model';
import { validFileArb } from './arbitraries';
import { loadedOf } from './support';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const BUILT_IN = new Set(BUILT_IN_FUNCTIONS.map((fn) => fn.id));
const ID_KEYS = new Set(['id', 'parent', 'jointWith', 'unit', 'bureau', 'to', 'from', 'functionsTo', 'function']);
const ID_LISTS = new Set(['territory', 'functions', 'bureaus']);

/** Every id the file defines (built-in duties aside), in the order first met. */
function idsOf(file: ScenarioFile): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, key?: string): void => {
    if (key === 'meta') return;
    if (typeof value === 'string' && key === 'id' && !BUILT_IN.has(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(file);
  return [...ids];
}

/** The file with ids renamed by `rename` wherever an id stands (meta left as it is). */
function renamed<T>(value: T, rename: (id: string) => string, key?: string): T {
  if (key === 'meta') return value;
  if (typeof value === 'string') return (key !== undefined && ID_KEYS.has(key) ? rename(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' && key !== undefined && ID_LISTS.has(key) ? rename(item) : renamed(item, rename))) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: renamed(v, rename, k), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

const withPrototypeIds = fc.tuple(validFileArb, fc.nat()).map(([file, shift]) => {
  const ids = idsOf(file);
  const forward = new Map<string, string>();
  ids.slice(0, PROTOTYPE_NAMES.length).forEach((id, i) => forward.set(id, PROTOTYPE_NAMES[(i + shift) % PROTOTYPE_NAMES.length]!));
  const taken = new Set(forward.values());
  // an id that is already one of the new names gives it up (renamed the other way)
  for (const id of ids) if (!forward.has(id) && taken.has(id)) forward.set(id, `${id}-was`);
  const back = new Map([...forward].map(([a, b]) => [b, a]));
  const to = (id: string) => forward.get(id) ?? id;
  const from = (id: string) => back.get(id) ?? id;
  return { file, odd: renamed(file, to), to, from };
});

/** A report with its ids renamed, violations sorted again (SPEC §8 sorts by subject). */
function reportRenamed(report: Report, rename: (id: string) => string): unknown {
  const subject = (s: Subject): Subject => ({ ...s, id: rename(s.id), ...(s.kind !== 'unit' && s.unitId !== undefined ? { unitId: rename(s.unitId) } : {}) });
  const violations = (list: Report['baseline']['violations']) =>
    list
      .map((v) => ({ rule: v.rule, severity: v.severity, subject: subject(v.subject) }))
      .sort((a, b) => (a.rule + subjectText(a.subject) < b.rule + subjectText(b.subject) ? -1 : 1));
  const metrics = (m: Report['baseline']['metrics']) => ({ ...m, units: new Map(Object.keys(m.units).map((id) => [rename(id), { ...m.units[id] }])) });
  return {
    baseline: { metrics: metrics(report.baseline.metrics), violations: violations(report.baseline.violations) },
    scenarios: report.scenarios.map((s) => ({ id: rename(s.id), savings: s.savings, metrics: metrics(s.metrics), violations: violations(s.violations) })),
  };
}

/** A proposal's breakdown, from a Map or (as before) an object keyed by id. */
function breakdownOf(all: unknown, id: string): unknown {
  if (all instanceof Map) return all.get(id);
  return Object.hasOwn(all as object, id) ? (all as Record<string, unknown>)[id] : undefined;
}

const t = (key: string) => translate('en', key as 'adjust.bureau', {} as never);

describe('ids named as the properties of Object.prototype', () => {
  it('give the same report, breakdowns, adjustments, change lists, comparison, search, layout and exports as ordinary ids', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(withPrototypeIds, ({ file, odd, to }) => {
        const text = serialiseScenarioFile(odd);
        const parsed = parseScenarioFile(text);
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path} ${e.code}`).join('; '));
        const plain = loadedOf(file);
        const loaded = loadedOf(parsed.file);
        // the report, across the worker boundary
        const report = structuredClone(buildReport(loaded, { lang: 'en' }));
        expect(reportRenamed(report, (id) => id)).toEqual(reportRenamed(buildReport(plain, { lang: 'en' }), to));
        // the session the worker exposes, its answers cloned as the worker sends them
        const session = createSession();
        const opened = structuredClone(session.open(text, 'en'));
        expect(opened.ok).toBe(true);
        const plainSession = createSession();
        plainSession.open(serialiseScenarioFile(file), 'en');
        const breakdowns = structuredClone(session.breakdowns());
        const plainBreakdowns = plainSession.breakdowns();
        for (const scenario of file.scenarios) {
          expect(breakdownOf(breakdowns, to(scenario.id))).toEqual(breakdownOf(plainBreakdowns, scenario.id));
          const rows = structuredClone(session.adjustments(to(scenario.id)));
          expect(rows.length).toBe(plainSession.adjustments(scenario.id).length);
          const units = new Map(loaded.baseline.units.map((u) => [u.id, u]));
          expect(toCsv(adjustmentCsvRows(rows, units, t))).not.toMatch(/function|\[object|undefined/);
          const changes = structuredClone(session.changes(to(scenario.id)));
          expect(changes.map((c) => c.message.key)).toEqual(plainSession.changes(scenario.id).map((c) => c.message.key));
        }
        // every row of the comparison reads a number or null for every state, never a function or an object
        const states = [report.baseline, ...report.scenarios];
        for (const row of compareRows(loaded.baseline.units)) {
          for (const state of states) {
            const value = row.value(state);
            expect(value === null || typeof value === 'number', `${row.key}`).toBe(true);
          }
        }
        // a report sent as the steps from the one before
        if (report.scenarios.length > 0) {
          const before = structuredClone(buildReport(loaded, { lang: 'zh' }));
          const patched = applyPatch(structuredClone(before), structuredClone(diffValues(before, report)));
          expect(JSON.stringify(patched)).toBe(JSON.stringify(report));
          expect(Object.getPrototypeOf(patched.baseline.metrics.units)).not.toBe(null);
        }
        // search finds each unit and bureau by its id; layout and the exported chart hold them all
        const index = searchIndex(loaded.baseline, functionCatalogue(parsed.file.functions), 'en');
        for (const unit of loaded.baseline.units) expect(search(index, unit.id, 1000).hits.some((h) => h.kind === 'unit' && h.id === unit.id), unit.id).toBe(true);
        const layout = layoutChart(loaded.baseline);
        expect(layout.units.map((box) => box.unit.id).sort()).toEqual(loaded.baseline.units.map((u) => u.id).sort());
        const svg = orgChartSvgFor(loaded.baseline, parsed.file.title, ((key: string, args?: object) => translate('en', key as 'adjust.bureau', (args ?? {}) as never)) as never);
        expect(svg).not.toMatch(/function |\[object|undefined/);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual([...PROTOTYPE_NAMES].sort());
      }),
      { seed: 1120, numRuns: 150 },
    );
  });
});
