// Files: save the open work as JSON and get back exactly what was opened; open from the picker,
// by dropping on the window, or from the recent list; a file that is not valid changes nothing and
// every error is shown with its JSON path, in Chinese and in English, and can be copied; a file of
// a newer format is refused as such; unsaved work set aside by an opening comes back from the list.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppState } from '../../src/app/controller';
import { loadScenarioFile } from '../../src/engine';
import { type FileError, type Operation, type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { type Session, baseUrl, chooseScenario, dragBureau, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations } from './oracle';
import { download, dropFile, openFile, tempFile } from './share-helpers';
import { withoutNewStamps } from './stamps';

const EXAMPLES = join(import.meta.dirname, '../../scenarios');
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json').sort();
const file = exampleFile();
const EDIT: Operation = { op: 'move', bureau: 'xs-ez-invest', to: 'xs-msz' };

type Hooked = { zonereform: { controller: { store: { get(): AppState } } } };

function parsed(text: string): ScenarioFile {
  const result = parseScenarioFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.file;
}

/** The errors the engine finds in a text, as the app must show them. */
function engineErrors(text: string): FileError[] {
  const result = loadScenarioFile(text);
  if (result.ok) throw new Error('the file is valid');
  return result.errors;
}

/** The errors on screen: the path hook and the text of each. */
async function shownErrors(page: Page): Promise<Array<{ path: string; text: string }>> {
  return page.locator('[data-import-error]').evaluateAll((items) => items.map((e) => ({ path: e.getAttribute('data-path') ?? '', text: (e.textContent ?? '').trim() })));
}

/** What pageState leaves out: whether the work is unsaved, and how long the recent list is. */
function extra(page: Page): Promise<{ unsaved: boolean; recent: number; report: string }> {
  return page.evaluate(() => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return { unsaved: s.unsaved, recent: s.recent.length, report: JSON.stringify(s.report) };
  });
}

async function closeErrors(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-import-error]', { state: 'detached' });
}

async function setLang(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.click(`[data-lang="${lang}"]`);
  await page.waitForFunction((l) => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return s.lang === l && !s.pending;
  }, lang);
}

/** The example as text with some things broken (each a JSON edit). */
function broken(edit: (json: Record<string, any>) => void): string {
  const json = JSON.parse(serialiseScenarioFile(file)) as Record<string, any>;
  edit(json);
  return JSON.stringify(json, null, 2);
}

// several errors: a wrong type, an unknown key, a unit that does not exist, an operation that cannot be applied
const SEVERAL = broken((json) => {
  json.bureaus[1].staff.admin = '11';
  json.bureaus[2].colour = 'blue';
  json.bureaus[4].unit = 'xs-nowhere';
  json.scenarios[0].operations[2] = { op: 'move', bureau: 'xs-none', to: 'xs-ez' };
});
const SEVERAL_PATHS = ['$.bureaus[1].staff.admin', '$.bureaus[2].colour', '$.bureaus[4].unit', '$.scenarios[0].operations[2]'];
// the same operation alone: the engine's words for it
const OPERATION_ONLY = broken((json) => {
  json.scenarios[0].operations[2] = { op: 'move', bureau: 'xs-none', to: 'xs-ez' };
});
/** What the engine says about each error of SEVERAL: the file's own errors, and the operation's (found once the rest reads). */
const severalErrors = [...engineErrors(SEVERAL), ...engineErrors(OPERATION_ONLY)];

describe('saving and opening files', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
  });
  afterAll(() => s.close());

  it('saves the open file as JSON named after its title, equal to what was opened, meta included', async () => {
    const { page } = s;
    const withMeta: ScenarioFile = {
      ...file,
      meta: { layout: { zoom: 1.25, pan: [12, -40] }, reviewer: '王科长', tags: ['一区多园', 'draft'] },
      scenarios: file.scenarios.map((x, i) => (i === 0 ? { ...x, meta: { colour: '#1f4e79', order: 1 } } : x)),
    };
    const text = serialiseScenarioFile(withMeta);
    expect(await openFile(page, tempFile('with-meta.json', text))).toBe('opened');
    await settled(page);
    const open = (await pageState(page)).file;
    expect(open).toEqual(parsed(text));

    const saved = await download(page, () => page.click('[data-action="save-file"]'));
    expect(saved.name).toBe(`${file.title}.json`);
    const back = parseScenarioFile(saved.text);
    expect(back.ok, JSON.stringify(back)).toBe(true);
    if (!back.ok) return;
    expect(back.file).toEqual(open);
    expect(back.file.meta).toEqual(withMeta.meta);
    expect(back.file.scenarios[0]!.meta).toEqual(withMeta.scenarios[0]!.meta);
    // format, version and $schema first, in a stable order: the same text as was opened
    expect(Object.keys(JSON.parse(saved.text)).slice(0, 4)).toEqual(['$schema', 'format', 'version', 'title']);
    expect(saved.text).toBe(text);
  });

  it('saves each example byte for byte as it was opened', async () => {
    const { page } = s;
    for (const name of examples) {
      const path = join(EXAMPLES, name);
      expect(await openFile(page, path), name).toBe('opened');
      await settled(page);
      const saved = await download(page, () => page.click('[data-action="save-file"]'));
      expect.soft(saved.bytes.equals(readFileSync(path)), `${name} saved as it was opened`).toBe(true);
    }
  });

  it('refuses a file with several errors: nothing changes, and every error is listed with its path, in Chinese', async () => {
    const { page } = s;
    expect(await openFile(page, join(EXAMPLES, 'xishan-1-plus-4.json'))).toBe('opened');
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-msz"]');
    await waitSteps(page, 1, 0);
    const edited = withOperations(file, 'plan-a', [EDIT]);
    const before = await pageState(page);
    const beforeExtra = await extra(page);
    expect(before.file).toEqual(edited);
    expect(beforeExtra.unsaved).toBe(true);

    expect(await openFile(page, tempFile('several-errors.json', SEVERAL))).toBe('refused');
    const shown = await shownErrors(page);
    // nothing changed in the open work: file, scenario, history, still unsaved, the same report, nothing added to the recent list
    expect(await pageState(page)).toEqual(before);
    expect(await extra(page)).toEqual(beforeExtra);
    // every error, at its place, in the engine's words
    expect.soft(shown.map((e) => e.path).sort(), 'paths of the errors shown').toEqual([...SEVERAL_PATHS].sort());
    for (const error of severalErrors) {
      const item = shown.find((e) => e.path === error.path);
      expect.soft(item?.text ?? '(not shown)', error.path).toContain(error.message.zh);
    }
    // the list can be copied: one line per error, path and message
    await page.click('[data-action="copy-errors"]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual(shown.map((e) => e.text.replace(/^(\S+)\s+/, '$1  ')));

    await closeErrors(page);
    expect(await pageState(page)).toEqual(before);
    await expectScreen(page, expectedScreen(edited, 'plan-a'), 'plan-a');
    // the engine still holds the open work: undo takes back the edit
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    await page.click('[data-action="redo"]');
    await waitSteps(page, 1, 0);
    await expectScreen(page, expectedScreen(edited, 'plan-a'), 'plan-a');
  });

  it('lists the same errors in English after switching language', async () => {
    const { page } = s;
    await setLang(page, 'en');
    const before = await pageState(page);
    expect(await openFile(page, tempFile('several-errors.json', SEVERAL))).toBe('refused');
    const shown = await shownErrors(page);
    expect(await pageState(page)).toEqual(before);
    expect.soft(shown.map((e) => e.path).sort()).toEqual([...SEVERAL_PATHS].sort());
    for (const error of severalErrors) {
      const item = shown.find((e) => e.path === error.path);
      expect.soft(item?.text ?? '(not shown)', error.path).toContain(error.message.en);
    }
    await closeErrors(page);
    await setLang(page, 'zh');
  });

  it('shows an operation that cannot be applied with its path and the engine’s reason', async () => {
    const { page } = s;
    const before = await pageState(page);
    expect(await openFile(page, tempFile('operation-error.json', OPERATION_ONLY))).toBe('refused');
    const [expected] = engineErrors(OPERATION_ONLY);
    const shown = await shownErrors(page);
    expect(shown.map((e) => e.path)).toEqual(['$.scenarios[0].operations[2]']);
    expect(shown[0]!.text).toContain(expected!.message.zh);
    expect(await pageState(page)).toEqual(before);
    await closeErrors(page);
  });

  it('reports a unit that does not exist even when another unit has an error of its own', async () => {
    const { page } = s;
    const text = broken((json) => {
      json.units[2].colour = 'blue';
      json.bureaus[4].unit = 'xs-nowhere';
    });
    const before = await pageState(page);
    expect(await openFile(page, tempFile('unit-errors.json', text))).toBe('refused');
    const shown = await shownErrors(page);
    await closeErrors(page);
    expect(await pageState(page)).toEqual(before);
    expect(shown.map((e) => e.path).sort()).toEqual(['$.bureaus[4].unit', '$.units[2].colour']);
  });

  it('refuses a file of a newer format version, saying so', async () => {
    const { page } = s;
    const text = broken((json) => {
      json.version = 3;
    });
    const [expected] = engineErrors(text);
    expect(expected!.code).toBe('version.newer');
    const before = await pageState(page);
    expect(await openFile(page, tempFile('newer.json', text))).toBe('refused');
    const shown = await shownErrors(page);
    expect(shown.map((e) => e.path)).toEqual(['$.version']);
    expect(shown[0]!.text).toContain(expected!.message.zh);
    expect(expected!.message.zh).toContain('更新');
    expect(await pageState(page)).toEqual(before);
    await closeErrors(page);
  });

  it('opens a file dropped on the window, and refuses a dropped file that is not a scenario file', async () => {
    const { page } = s;
    const name = 'jiangyin-hi-tech.json';
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const dropped = parsed(text);
    expect(await dropFile(page, name, text)).toBe('opened');
    await settled(page);
    const state = await pageState(page);
    expect(state.file).toEqual(dropped);
    expect(state.scenarioId).toBe('baseline');
    expect(await page.textContent('header h1')).toBe(dropped.title);
    await expectScreen(page, expectedScreen(dropped, 'baseline'), 'baseline');

    expect(await dropFile(page, 'notes.txt', '这不是方案文件')).toBe('refused');
    expect((await shownErrors(page)).map((e) => e.path)).toEqual(['$']);
    await closeErrors(page);
    expect(await pageState(page)).toEqual(state);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

describe('recent files', () => {
  let s: Session;
  const draft: ScenarioFile = { ...file, title: '锡山区功能区方案（工作稿）' };
  const other = exampleFile('wuxi-hi-tech-xinwu.json');
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  const recent = (page: Page) =>
    page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get().recent.map((r) => ({ id: r.id, title: r.title, reason: r.reason, file: r.file })));

  it('keeps unsaved work in the recent list when another file is opened, and brings it back from there', async () => {
    const { page } = s;
    expect(await openFile(page, tempFile('draft.json', draft))).toBe('opened');
    await settled(page);
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-msz"]');
    await waitSteps(page, 1, 0);
    const edited = withOperations(draft, 'plan-a', [EDIT]);
    expect((await pageState(page)).file).toEqual(edited);

    expect(await openFile(page, tempFile('other.json', other))).toBe('opened');
    await settled(page);
    expect((await pageState(page)).file).toEqual(other);

    // the edited draft waits in the list, as it was
    const setAside = (await recent(page)).filter((r) => r.reason === 'setAside');
    expect(setAside.map((r) => r.title)).toEqual([draft.title]);
    expect(withoutNewStamps(setAside[0]!.file)).toEqual(edited);

    await page.click('[data-action="recent-files"]');
    const item = page.locator(`[data-recent-id="${setAside[0]!.id}"]`);
    expect(await item.textContent()).toContain(draft.title);
    const { documentId } = await page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get());
    await item.click();
    await page.waitForFunction((id) => (window as unknown as Hooked).zonereform.controller.store.get().documentId > id, documentId);
    await settled(page);
    expect((await pageState(page)).file).toEqual(edited);
    await expectScreen(page, expectedScreen(edited, 'baseline'), 'baseline');
    // the other file was saved as it was opened: nothing more was set aside
    expect((await recent(page)).filter((r) => r.reason === 'setAside')).toHaveLength(1);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
