// Nasty files brought in, in the real app (Chromium, the engine worker, IndexedDB): proposals whose
// ids are Object.prototype's names, a file over the size limit and one just under it, a file saved
// as GBK/GB18030, the same file brought in twice, and a colleague's file whose organisation today
// lacks a unit (their proposals using it: the file is refused with where; a proposal re-creating
// it: what cannot apply here is skipped as chosen). Nothing is half-applied, nothing throws, and
// nothing leaves the origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation, Scenario, ScenarioFile } from '../../src/model';
import { MAX_FILE_BYTES, serialiseScenarioFile } from '../../src/model';
import gb18030 from './gb18030';
import { type Session, openApp, pageState, settled, waitSteps } from './harness';
import { exampleFile } from './oracle';
import { tempFile } from './share-helpers';
import { bringInDialog, openFileMenu } from './sharing-helpers';
import { writeFileSync } from 'node:fs';

const file = exampleFile();
const MOVE: Operation = { op: 'move', bureau: 'xs-ez-urban', to: 'xs-msz', by: '李四', at: '2025-06-03' };

/** Chooses a file in File ▸ Bring proposals in. */
async function bringInFrom(s: Session, path: string): Promise<void> {
  await openFileMenu(s.page);
  await s.page.setInputFiles('input[type=file][data-action="import-proposals"]', path);
}

/** The import errors shown, as [path, Chinese text]; then closes them. */
async function importErrors(s: Session): Promise<Array<[string | null, string]>> {
  const items = s.page.locator('[data-import-error]');
  await items.first().waitFor();
  const shown = await items.evaluateAll((li) => li.map((e) => [e.getAttribute('data-path'), e.textContent ?? ''] as [string | null, string]));
  await s.page.click('.import-errors .modal-actions button.primary');
  await items.first().waitFor({ state: 'detached' });
  return shown;
}

describe('nasty files brought in', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await settled(s.page);
  });
  afterAll(() => s.close());

  it('proposals with ids and names like __proto__, constructor, toString come in as any other, and one undo takes them back', async () => {
    const { page } = s;
    const nasty: ScenarioFile = {
      ...file,
      scenarios: [
        { id: '__proto__', name: '__proto__', operations: [MOVE] },
        { id: 'constructor', name: 'toString', operations: [] },
        { id: 'toString', name: '<img src=x onerror=alert(1)>', operations: [{ ...MOVE, to: 'xs-htz' }] },
      ],
    };
    await bringInFrom(s, tempFile('nasty.json', nasty));
    await bringInDialog(page);
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect(await page.getAttribute(`[data-bring-proposal="${id}"]`, 'data-incoming-id')).toBe(id);
    }
    // the markup in a name is text, not an element
    expect(await page.textContent('[data-bring-proposal="toString"]')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('[data-sharing] img').count()).toBe(0);
    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    const after = (await pageState(page)).file;
    expect(after.scenarios.map((x) => x.id)).toEqual([...file.scenarios.map((x) => x.id), '__proto__', 'constructor', 'toString']);
    expect(after.scenarios.slice(file.scenarios.length)).toEqual(nasty.scenarios);
    // each is a proposal on screen, with its own figures
    await page.click('[data-scenario-id="__proto__"]');
    await settled(page);
    expect((await pageState(page)).scenarioId).toBe('__proto__');
    await page.click('[data-scenario-id="baseline"]');
    await settled(page);
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('the same file brought in twice: the second time every id is taken, so each proposal comes in renamed, said so; two undo steps', async () => {
    const { page } = s;
    const theirs: ScenarioFile = { ...file, scenarios: [{ id: 'plan-x', name: '方案X', operations: [MOVE] }] };
    const path = tempFile('twice.json', theirs);
    await bringInFrom(s, path);
    await bringInDialog(page);
    expect(await page.getAttribute('[data-bring-proposal="plan-x"]', 'data-incoming-id')).toBe('plan-x');
    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    await bringInFrom(s, path);
    await bringInDialog(page);
    expect(await page.getAttribute('[data-bring-proposal="plan-x"]', 'data-incoming-id')).toBe('plan-x-2');
    expect(await page.textContent('[data-bring-proposal="plan-x"]')).toContain('plan-x-2');
    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 2, 0);
    const after = (await pageState(page)).file;
    expect(after.scenarios.slice(file.scenarios.length)).toEqual([theirs.scenarios[0], { ...theirs.scenarios[0]!, id: 'plan-x-2' }]);
    // the notice says the renaming
    expect(await page.textContent('.notices')).toContain('plan-x-2');
    await page.click('[data-action="undo"]');
    await waitSteps(page, 1, 1);
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 2);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('a file over the size limit is refused before it is read, in words with its size; nothing changes', async () => {
    const path = tempFile('huge.json', '');
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    await bringInFrom(s, path);
    const shown = await importErrors(s);
    expect(shown).toHaveLength(1);
    expect(shown[0]![1]).toContain('20');
    expect(await s.page.locator('[data-sharing]').count()).toBe(0);
    expect((await pageState(s.page)).file).toEqual(file);
  });

  it('a file just under the size limit (a scenario file padded with spaces) is read and its proposals offered', async () => {
    const { page } = s;
    const theirs: ScenarioFile = { ...file, scenarios: [{ id: 'plan-big', name: '大文件方案', operations: [MOVE] }] };
    const text = serialiseScenarioFile(theirs);
    const path = tempFile('big.json', '');
    writeFileSync(path, text.replace(/\n$/, '') + ' '.repeat(MAX_FILE_BYTES - 64 - Buffer.byteLength(text)) + '\n');
    await bringInFrom(s, path);
    const dialog = await bringInDialog(page);
    expect(await dialog.getAttribute('data-same-baseline')).toBe('true');
    expect(await page.getAttribute('[data-bring-proposal="plan-big"]', 'data-incoming-id')).toBe('plan-big');
    await page.click('[data-action="close-sharing"]');
    await page.waitForSelector('[data-sharing]', { state: 'detached' });
    expect((await pageState(page)).file).toEqual(file);
  });

  it('a file saved as GBK (GB18030) is shown decoded first; its proposals are offered once the user says it reads right', async () => {
    const { page } = s;
    const theirs: ScenarioFile = { ...file, scenarios: [{ id: 'plan-gbk', name: '方案：属地街道承接', operations: [MOVE] }] };
    const path = tempFile('gbk.json', '');
    writeFileSync(path, gb18030(serialiseScenarioFile(theirs)));
    await bringInFrom(s, path);
    await page.waitForSelector('[data-encoding-check="GB18030"]');
    // the first lines with Chinese in them, decoded, for the user to judge
    expect(await page.textContent('[data-encoding-check]')).toContain(file.title);
    expect(await page.locator('[data-sharing]').count()).toBe(0);
    await page.click('[data-action="confirm-encoding"]');
    await bringInDialog(page);
    expect(await page.textContent('[data-bring-proposal="plan-gbk"]')).toContain('方案：属地街道承接');
    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    expect((await pageState(page)).file.scenarios.at(-1)).toEqual(theirs.scenarios[0]);
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
  });

  it('a colleague removed a unit today that their own proposals still use: the file is refused, each error with where; nothing changes', async () => {
    const removed: ScenarioFile = {
      ...withoutYunlin(file),
      // their proposals as they were: plan-a and plan-b touch the street's bureaus
      scenarios: file.scenarios,
    };
    await bringInFrom(s, tempFile('removed-used.json', removed));
    const shown = await importErrors(s);
    expect(shown.length).toBeGreaterThan(0);
    for (const [path] of shown) expect(path).toMatch(/^\$\.scenarios\[\d+\]\.operations\[\d+\]/);
    expect(shown.map(([, text]) => text).join()).toContain('“xs-yunlin”');
    expect(await s.page.locator('[data-sharing]').count()).toBe(0);
    expect((await pageState(s.page)).file).toEqual(file);
  });

  it('a colleague removed a unit today and their proposal creates it again: that step cannot apply here (the unit is here), skipped as chosen; the rest applies', async () => {
    const { page } = s;
    const recreate: Scenario = {
      id: 'plan-y',
      name: '恢复云林街道',
      operations: [
        { op: 'add-unit', unit: { id: 'xs-yunlin', name: '云林街道', kind: 'street' }, by: '李四', at: '2025-06-09' },
        { op: 'move', bureau: 'xs-ez-urban', to: 'xs-yunlin', by: '李四', at: '2025-06-09' },
      ],
    };
    const theirs: ScenarioFile = { ...withoutYunlin(file), scenarios: [recreate] };
    await bringInFrom(s, tempFile('removed-recreated.json', theirs));
    const dialog = await bringInDialog(page);
    expect(await dialog.getAttribute('data-same-baseline')).toBe('false');
    expect(await page.getAttribute('[data-diff-unit="xs-yunlin"]', 'data-change')).toBe('removed');
    const refused = page.locator('[data-bring-proposal="plan-y"] [data-refused-operation]');
    expect(await refused.evaluateAll((items) => items.map((e) => e.getAttribute('data-refused-operation')))).toEqual(['0']);
    await page.check('[data-bring-proposal="plan-y"] input[data-proposal-choice="skip"]');
    await page.click('[data-action="confirm-bring-in"]');
    await waitSteps(page, 1, 0);
    const brought = (await pageState(page)).file.scenarios.at(-1)!;
    expect(brought.id).toBe('plan-y');
    expect(brought.operations).toEqual([recreate.operations[1]]);
    await page.click('[data-action="undo"]');
    await waitSteps(page, 0, 1);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('raised no page error and asked nothing of another origin', () => {
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});

/** The file without the street 云林街道 today: the unit, its bureaus, and its place in the zone's territory. */
function withoutYunlin(from: ScenarioFile): ScenarioFile {
  return {
    ...from,
    units: from.units.filter((u) => u.id !== 'xs-yunlin').map((u) => (u.territory ? { ...u, territory: u.territory.filter((t) => t !== 'xs-yunlin') } : u)),
    bureaus: from.bureaus.filter((b) => b.unit !== 'xs-yunlin'),
  };
}
