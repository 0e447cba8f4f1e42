// The files the app-state tests open: a small hand-written one, where every figure is easy to
// follow, and the example that a first visit opens. Also the oracle: what the engine says about a
// file, computed from the file alone (its JSON text parsed again), never from the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type ChangeLine, type Report, baselineOf, buildReport, contextOf, describeChanges, loadParsedFile } from '../../src/engine';
import type { Lang } from '../../src/i18n';
import { type FileError, type Operation, type ScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';

export const XISHAN_TEXT = readFileSync(join(import.meta.dirname, '../../scenarios/xishan-1-plus-4.json'), 'utf8');

/** A zone with a park office and a street in its territory, a town outside it, a company platform. */
export const SMALL = {
  format: 'zonereform/scenario',
  version: 1,
  title: '东区功能区测试方案',
  region: '测试市',
  units: [
    { id: 'z1', name: '东区管委会', kind: 'zone', governance: 'separated', partyCommittee: true, territory: ['s1'], leaderPosts: 3, bodyCap: 4 },
    { id: 'o1', name: '科创园管理办公室', kind: 'office', parent: 'z1', leaderPosts: 1 },
    { id: 's1', name: '东街道', kind: 'street', leaderPosts: 2 },
    { id: 't1', name: '西镇', kind: 'town', leaderPosts: 2 },
    { id: 'p1', name: '东区发展集团', kind: 'platform' },
  ],
  bureaus: [
    { id: 'z1-office', name: '党政办公室', unit: 'z1', type: 'internal', category: 'general', functions: ['party-affairs', 'general-office'], staff: { admin: 6, institutional: 0 }, leaderPosts: 2 },
    { id: 'z1-invest', name: '投资促进局', unit: 'z1', type: 'internal', category: 'economic', functions: ['investment-promotion'], staff: { admin: 8, institutional: 0 }, leaderPosts: 2 },
    { id: 'z1-econ', name: '经济发展局', unit: 'z1', type: 'internal', category: 'economic', functions: ['economic-management', 'industry-development'], staff: { admin: 7, institutional: 0 }, leaderPosts: 2 },
    { id: 'z1-urban', name: '城市管理局', unit: 'z1', type: 'internal', category: 'social', functions: ['urban-management'], staff: { admin: 10, institutional: 0 }, leaderPosts: 2 },
    { id: 'z1-center', name: '招商服务中心', unit: 'z1', type: 'institution', category: 'economic', functions: ['investment-promotion'], staff: { admin: 0, institutional: 12 }, leaderPosts: 1 },
    { id: 'o1-tech', name: '科技创新局', unit: 'o1', type: 'internal', category: 'economic', functions: ['sci-tech-innovation'], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
    { id: 's1-office', name: '街道党政办', unit: 's1', type: 'internal', category: 'general', functions: ['party-affairs', 'general-office'], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
    { id: 's1-social', name: '社会事业办', unit: 's1', type: 'internal', category: 'social', functions: ['livelihood-services'], staff: { admin: 6, institutional: 0 }, leaderPosts: 1 },
    { id: 's1-econ', name: '经济服务办', unit: 's1', type: 'internal', category: 'economic', functions: ['economic-management'], staff: { admin: 4, institutional: 0 }, leaderPosts: 1 },
    { id: 't1-office', name: '镇党政办', unit: 't1', type: 'internal', category: 'general', functions: ['general-office'], staff: { admin: 4, institutional: 0 }, leaderPosts: 1 },
  ],
  scenarios: [
    { id: 'plan-a', name: '甲方案：城管回归街道', operations: [{ op: 'move', bureau: 'z1-urban', to: 's1', doc: '东编〔2025〕1号', note: '整建制划转' }] },
    {
      id: 'plan-b',
      name: '乙方案：招商中心转企',
      operations: [
        { op: 'move', bureau: 'z1-center', to: 'p1' },
        { op: 'abolish', bureau: 's1-econ', functionsTo: 'z1-econ' },
      ],
    },
  ],
};

export const SMALL_TEXT = JSON.stringify(SMALL, null, 2);

/** The file the parser makes of a text; fails the test if it is refused. */
export function parsed(text: string): ScenarioFile {
  const result = parseScenarioFile(text);
  if (!result.ok) return expect.fail(`file refused: ${result.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
  return result.file;
}

/** A deep, unfrozen copy to build the expected file from. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** `file` with `operation` appended to a scenario, built by hand. */
export function withOperation(file: ScenarioFile, scenarioId: string, operation: Operation): ScenarioFile {
  const next = copy(file);
  const scenario = next.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return expect.fail(`no scenario ${scenarioId}`);
  scenario.operations.push(copy(operation));
  return next;
}

/** The engine's verdict on a file, read again from its JSON text as a user's file would be. */
export function engineLoad(file: ScenarioFile): { ok: true; report: (lang: Lang) => Report; changes: (scenarioId: string) => ChangeLine[] } | { ok: false; errors: FileError[] } {
  const again = parseScenarioFile(JSON.stringify(file));
  if (!again.ok) return again;
  const result = loadParsedFile(again.file);
  if (!result.ok) return result;
  const { loaded } = result;
  return {
    ok: true,
    report: (lang) => buildReport(loaded, { lang }),
    changes: (scenarioId) => describeChanges(baselineOf(loaded.file), loaded.file.scenarios.find((s) => s.id === scenarioId)?.operations ?? [], contextOf(loaded.file)),
  };
}

/** The engine's report of a file; fails the test if the engine refuses the file. */
export function engineReport(file: ScenarioFile, lang: Lang): Report {
  const result = engineLoad(file);
  if (!result.ok) return expect.fail(`the engine refuses the file: ${result.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
  return result.report(lang);
}

/** The engine's reasons for refusing a file, as a notice shows them. */
export function engineErrors(file: ScenarioFile): Array<{ path?: string; message: { zh: string; en: string } }> {
  const result = engineLoad(file);
  if (result.ok) return expect.fail('the engine accepts the file');
  return result.errors.map((e) => ({ path: e.path, message: e.message }));
}
