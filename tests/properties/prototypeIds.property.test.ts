// No prototype keys anywhere ids go: a file whose units, bureaus, duties and proposals are called
// `__proto__`, `constructor`, `toString` … (every name of Object.prototype) gives the same figures,
// findings, breakdowns, comparison and exports as the same file with ordinary ids — and crosses
// the worker boundary (structured clone) and the report patches unharmed; so do comparing and
// merging files, the planner's fixes and the Office exports. Issue: a proposal with the id
// `__proto__` broke 方案比较 on every load.
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Report, buildReport, createSession, playOperations, subjectText, viewState } from '../../src/engine';
import { type FileDiff, type FilesCompared, applyMerge, compareFiles, diffFiles, planMerge } from '../../src/engine/share';
import { chartPages } from '../../src/office/chartColumns';
import { meetingPack } from '../../src/office/meetingPack';
import { exportWorkbook, figureRows } from '../../src/office/workbookExport';
import { fixesFor } from '../../src/plan/fixes';
import { loadSolver } from '../../src/plan/solver';
import type { Subject } from '../../src/engine/rules';
import { applyPatch, diffValues } from '../../src/engine/patch';
import { translate } from '../../src/i18n';
import { viewsText } from '../../src/i18n/views';
import type { ViewsTranslate } from '../../src/ui/meeting/useViewsText';
import { BUILT_IN_FUNCTIONS, type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
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
const v = ((key: string, args: never) => viewsText('en', key as 'compareTable.zonesBodies', args)) as ViewsTranslate;

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
          expect(toCsv(adjustmentCsvRows(rows, units, t, v))).not.toMatch(/function|\[object|undefined/);
          const changes = structuredClone(session.changes(to(scenario.id)));
          expect(changes.map((c) => c.message.key)).toEqual(plainSession.changes(scenario.id).map((c) => c.message.key));
        }
        // every row of the comparison reads a number or null for every state, never a function or an object
        const states = [report.baseline, ...report.scenarios];
        for (const row of compareRows(loaded.baseline.units)) {
          for (const state of states) {
            const value = row.value({ id: 'state', name: 'state', ...state });
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

/** The same edit whatever the ids: the first proposal dropped, one more admin post on the first bureau, one more leader post on the first unit. */
function edited(file: ScenarioFile): ScenarioFile {
  const [first, ...bureaus] = file.bureaus;
  const [unit, ...units] = file.units;
  return {
    ...file,
    units: unit ? [{ ...unit, leaderPosts: (unit.leaderPosts ?? 0) + 1 }, ...units] : units,
    bureaus: first ? [{ ...first, staff: { ...first.staff, admin: first.staff.admin + 1 } }, ...bureaus] : bureaus,
    scenarios: file.scenarios.slice(1),
  };
}

/** The last unit, bureau and duty of the file's own and its first proposal gone (for comparing only: the result need not be valid). */
function pruned(file: ScenarioFile): ScenarioFile {
  return { ...file, units: file.units.slice(0, -1), bureaus: file.bureaus.slice(0, -1), ...(file.functions ? { functions: file.functions.slice(0, -1) } : {}), scenarios: file.scenarios.slice(1) };
}

/** What a diff names, each id renamed by `rename`, in an order that does not depend on the ids. */
function namedIn(diff: FileDiff, rename: (id: string) => string) {
  const named = (list: ReadonlyArray<{ change: string; id: string }>) => list.map((c) => `${c.change} ${rename(c.id)}`).sort();
  return { units: named(diff.baseline.units), bureaus: named(diff.baseline.bureaus), functions: named(diff.baseline.functions), proposals: named(diff.proposals) };
}

/** The figures two files differ in, each unit and proposal renamed by `rename`. */
function figuresIn(compared: FilesCompared, rename: (id: string) => string) {
  return compared.figures
    .map((f) => ({
      state: f.state === 'baseline' ? f.state : rename(f.state),
      differences: f.differences.map((d) => JSON.stringify({ ...d, ...(d.unit === undefined ? {} : { unit: rename(d.unit) }) })).sort(),
    }))
    .sort((a, b) => (a.state < b.state ? -1 : 1));
}

const renameSubject = (subject: string, rename: (id: string) => string) => subject.split('/').map(rename).join('/');

describe('ids named as the properties of Object.prototype, beyond the engine', () => {
  it('compare, merge, fixes and the Office exports: the same as with ordinary ids, and nothing read from Object.prototype', { timeout: 300_000 }, async () => {
    const solve = await loadSolver();
    let offered = 0;
    let merges = 0;
    let ledgers = 0;
    await fc.assert(
      fc.asyncProperty(withPrototypeIds, async ({ file, odd, to }) => {
        const same = (id: string) => id;
        // comparing two files: the same units, bureaus, duties and proposals named, the same figures differing
        expect(diffFiles(odd, odd).proposals).toEqual([]);
        expect(namedIn(diffFiles(odd, edited(odd)), same)).toEqual(namedIn(diffFiles(file, edited(file)), to));
        expect(namedIn(diffFiles(odd, pruned(odd)), same)).toEqual(namedIn(diffFiles(file, pruned(file)), to));
        expect(namedIn(diffFiles(pruned(odd), odd), same)).toEqual(namedIn(diffFiles(pruned(file), file), to));
        const plain = loadedOf(file);
        const loaded = loadedOf(odd);
        expect(figuresIn(compareFiles(loaded, loadedOf(edited(odd)), 'en'), same)).toEqual(figuresIn(compareFiles(plain, loadedOf(edited(file)), 'en'), to));
        // a merge where one side changed: that side, as with ordinary ids
        const merged = planMerge({ ancestor: odd, ours: edited(odd), theirs: odd });
        const mergedPlain = planMerge({ ancestor: file, ours: edited(file), theirs: file });
        expect(merged.ok && merged.plan.conflicts).toEqual(mergedPlain.ok && mergedPlain.plan.conflicts);
        if (merged.ok && mergedPlain.ok) {
          const a = applyMerge(merged.plan, new Map());
          const b = applyMerge(mergedPlain.plan, new Map());
          expect(a.ok && serialiseScenarioFile(a.file)).toBe(b.ok && serialiseScenarioFile(renamed(b.file, to)));
          merges++;
        }
        // the planner's fixes, as the worker sends them: the same problems, each fix's figures the engine's, read as own properties
        const fixes = structuredClone(fixesFor(loaded, 'baseline', 'en', solve));
        const plainFixes = fixesFor(plain, 'baseline', 'en', solve);
        // each problem with as many fixes, each naming the figures of as many units
        const shape = (p: (typeof fixes)[number], subject: string) => `${p.problem.rule} ${subject} ${p.fixes.map((f) => Object.keys(f.after.units).length).join(',')}`;
        expect(fixes.map((p) => shape(p, p.problem.subject)).sort()).toEqual(plainFixes.map((p) => shape(p, renameSubject(p.problem.subject, to))).sort());
        offered += fixes.reduce((n, p) => n + p.fixes.length, 0);
        for (const { fixes: offered } of fixes) {
          for (const fix of offered) {
            const played = playOperations(loaded.baseline, fix.operations, loaded.context);
            expect(played.ok).toBe(true);
            if (!played.ok) continue;
            const view = viewState(played.state);
            expect(fix.after.staff).toBe(view.metrics.staff.total);
            for (const unit of played.state.units) {
              if (Object.hasOwn(fix.after.units, unit.id)) expect(fix.after.units[unit.id], unit.id).toEqual(view.metrics.units[unit.id]);
            }
          }
        }
        // the Office exports: the same figures, unit by unit, as with ordinary ids; no cell reads a function or an object
        const ids = odd.scenarios.map((s) => s.id);
        const pack = meetingPack(odd, ids, 'en');
        const plainPack = meetingPack(file, file.scenarios.map((s) => s.id), 'en');
        expect(pack.ok && plainPack.ok).toBe(true);
        if (!pack.ok || !plainPack.ok) return;
        expect(figureRows(pack.pack).map((r) => [r.baseline, r.values])).toEqual(figureRows(plainPack.pack).map((r) => [r.baseline, r.values]));
        pack.pack.proposals.forEach((proposal, i) => {
          const before = plainPack.pack.proposals[i]!;
          expect(proposal.ledger.map((row) => [row.unitId, row.before, row.after])).toEqual(before.ledger.map((row) => [to(row.unitId), row.before, row.after]));
          ledgers++;
          const blocks = chartPages(proposal.state, proposal.metrics, 12, 4).flat().flatMap((c) => c.blocks);
          // every unit on the slides, each with its own figures
          expect(new Set(blocks.map((b) => b.unit.id))).toEqual(new Set(proposal.state.units.map((u) => u.id)));
          for (const block of blocks) expect(block.figures, block.unit.id).toEqual(view(proposal.metrics, block.unit.id));
        });
        const sheets = unzipSync(exportWorkbook(odd, pack.pack));
        for (const [name, bytes] of Object.entries(sheets)) {
          if (name.endsWith('.xml')) expect(new TextDecoder().decode(bytes), name).not.toMatch(/\[object|function |undefined|NaN/);
        }
      }),
      { seed: 1121, numRuns: 60 },
    );
    // the property held over fixes, merges and ledgers, not over files that had none
    expect(offered).toBeGreaterThan(20);
    expect(merges).toBeGreaterThan(30);
    expect(ledgers).toBeGreaterThan(30);
  });
});

/** A unit's figures in `metrics`, read as own properties (what every reader of them must do). */
function view(metrics: Report['baseline']['metrics'], id: string) {
  return Object.hasOwn(metrics.units, id) ? metrics.units[id] : undefined;
}
