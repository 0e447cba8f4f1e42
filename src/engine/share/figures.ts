// The figures of two states side by side, from the engine's reports (SPEC §6, §8): every total,
// every saving and every unit's figures that differ, and the rules broken on one side only.
import type { Lang } from '../../i18n';
import type { FileError, Scenario, ScenarioFile } from '../../model';
import type { Metrics, Savings, UnitMetrics } from '../figures';
import { type LoadedFile, loadParsedFile } from '../load';
import { type JsonViolation, buildReport, reportJson } from '../report';

/** One state's figures: the baseline's, or a proposal's with its savings; violations as the JSON report writes them. */
export interface StateFigures {
  metrics: Metrics;
  savings?: Savings;
  violations: JsonViolation[];
}

/** A figure that differs; `unit` names the unit for a unit's figure. Absent on a side: the state has no such figure (a unit it does not hold). */
export interface FigureDifference {
  figure: string;
  unit?: string;
  before?: number | null;
  after?: number | null;
}

export interface FiguresCompared {
  /** `baseline`, or the proposal's id (for two proposals of different ids: the later one's). */
  state: string;
  before?: StateFigures;
  after?: StateFigures;
  differences: FigureDifference[];
  /** Broken on one side only, matched by rule and subject. */
  violations: { added: JsonViolation[]; removed: JsonViolation[] };
}

const TOTALS: ReadonlyArray<[string, (m: Metrics) => number]> = [
  ['bodies.internal', (m) => m.bodies.internal],
  ['bodies.institution', (m) => m.bodies.institution],
  ['bodies.total', (m) => m.bodies.total],
  ['staff.admin', (m) => m.staff.admin],
  ['staff.institutional', (m) => m.staff.institutional],
  ['staff.total', (m) => m.staff.total],
  ['leaderPosts', (m) => m.leaderPosts],
  ['released', (m) => m.released],
];
const SAVINGS: ReadonlyArray<keyof Savings> = ['bodies', 'internalBodies', 'staff', 'adminStaff', 'institutionalStaff', 'leaderPosts', 'released'];
const UNIT_FIGURES: ReadonlyArray<keyof UnitMetrics> = ['bodies', 'internalBodies', 'staff', 'leaderPosts', 'economicRatio'];

function stateFigures(loaded: LoadedFile, scenarioId: string | undefined, lang: Lang): StateFigures {
  // no scenario id holds a NUL character: for the baseline alone, ask for a scenario there is not
  const report = reportJson(buildReport(loaded, { lang, scenario: scenarioId ?? '\u0000' }));
  if (scenarioId === undefined) return { metrics: report.baseline.metrics, violations: report.baseline.violations };
  const scenario = report.scenarios[0]!;
  return { metrics: scenario.metrics, savings: scenario.savings, violations: scenario.violations };
}

export function compareStates(state: string, before: StateFigures | undefined, after: StateFigures | undefined): FiguresCompared {
  const differences: FigureDifference[] = [];
  const put = (figure: string, b: number | null | undefined, a: number | null | undefined, unit?: string) => {
    if (b === a) return;
    const d: FigureDifference = { figure };
    if (unit !== undefined) d.unit = unit;
    if (b !== undefined) d.before = b;
    if (a !== undefined) d.after = a;
    differences.push(d);
  };
  for (const [figure, read] of TOTALS) put(figure, before && read(before.metrics), after && read(after.metrics));
  for (const name of SAVINGS) put(`savings.${name}`, before?.savings?.[name], after?.savings?.[name]);
  // a state on one side only: its totals say enough; every unit's figures against nothing would not
  const onBoth = before !== undefined && after !== undefined;
  // Object.entries: a unit may be called `toString` or `constructor`
  const unitsBefore = new Map(onBoth ? Object.entries(before.metrics.units) : []);
  const unitsAfter = new Map(onBoth ? Object.entries(after.metrics.units) : []);
  for (const unit of new Set([...unitsBefore.keys(), ...unitsAfter.keys()])) {
    for (const figure of UNIT_FIGURES) put(figure, unitsBefore.get(unit)?.[figure], unitsAfter.get(unit)?.[figure], unit);
  }
  const key = (v: JsonViolation) => `${v.rule}\u0000${v.subject}`;
  const had = new Set((before?.violations ?? []).map(key));
  const has = new Set((after?.violations ?? []).map(key));
  const out: FiguresCompared = {
    state,
    differences,
    violations: {
      added: (after?.violations ?? []).filter((v) => !had.has(key(v))),
      removed: (before?.violations ?? []).filter((v) => !has.has(key(v))),
    },
  };
  if (before) out.before = before;
  if (after) out.after = after;
  return out;
}

/** The baseline, then each proposal by id: those of `a` in its order, then those only `b` has. */
export function compareFileFigures(a: LoadedFile, b: LoadedFile, lang: Lang): FiguresCompared[] {
  const out = [compareStates('baseline', stateFigures(a, undefined, lang), stateFigures(b, undefined, lang))];
  const inB = new Set(b.file.scenarios.map((s) => s.id));
  const inA = new Set(a.file.scenarios.map((s) => s.id));
  for (const s of a.file.scenarios) out.push(compareStates(s.id, stateFigures(a, s.id, lang), inB.has(s.id) ? stateFigures(b, s.id, lang) : undefined));
  for (const s of b.file.scenarios) if (!inA.has(s.id)) out.push(compareStates(s.id, undefined, stateFigures(b, s.id, lang)));
  return out;
}

/** A proposal (possibly not in its file, such as an earlier state of it) over its file's baseline. */
export interface ProposalSide {
  file: ScenarioFile;
  scenario: Scenario;
}

export type LoadedProposal = { ok: true; loaded: LoadedFile } | { ok: false; errors: FileError[] };

/** The proposal alone in its file: loaded, or why its operations do not apply there. */
export function loadProposal(side: ProposalSide): LoadedProposal {
  const result = loadParsedFile({ ...side.file, scenarios: [side.scenario] });
  return result.ok ? { ok: true, loaded: result.loaded } : { ok: false, errors: result.errors };
}

export function compareProposalFigures(before: LoadedFile, after: LoadedFile, lang: Lang): FiguresCompared {
  const a = before.file.scenarios[0]!;
  const b = after.file.scenarios[0]!;
  return compareStates(b.id, stateFigures(before, a.id, lang), stateFigures(after, b.id, lang));
}
