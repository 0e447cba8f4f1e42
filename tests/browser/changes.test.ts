// The change list (调整清单): one sentence per operation of the scenario, as the engine words it,
// with the document number (文号) of each editable in place and kept in the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type Session, chooseScenario, dragBureau, expectScreen, openApp, pageState, reload, settled, waitSaved, waitSteps } from './harness';
import { type ExpectedScreen, changeSentences, exampleFile, expectedScreen, withOperations } from './oracle';

const file = exampleFile();
type Page = Session['page'];

/** Opens the panel's change-list tab (the second tab of the side panel). */
async function showChanges(page: Page): Promise<void> {
  await page.locator('aside [role="tablist"] [role="tab"]').nth(1).click();
  await page.waitForSelector('[data-change-index]');
}

/** Each line's sentence, without its number. */
async function lines(page: Page): Promise<{ number: string; sentence: string; doc: string }[]> {
  return page.$$eval('[data-change-index]', (items) =>
    items.map((li) => {
      const button = li.querySelector('button')!;
      const number = button.firstElementChild?.textContent ?? '';
      return { number, sentence: (button.textContent ?? '').slice(number.length), doc: li.querySelector('input')?.value ?? '' };
    }),
  );
}

/** The figures and, on the panel's first tab, the violations: all the engine's; then back to the change list. */
async function expectAll(page: Page, expected: ExpectedScreen): Promise<void> {
  await page.locator('aside [role="tablist"] [role="tab"]').nth(0).click();
  await expectScreen(page, expected, 'plan-a');
  await showChanges(page);
}

const docField = (page: Page, index: number) => page.locator(`[data-change-index="${index}"] input`).first();

describe('the change list', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
    await showChanges(s.page);
  });
  afterAll(() => s.close());

  it('has one line per operation, in the engine’s plain words, with each document number', async () => {
    const { page } = s;
    const operations = file.scenarios.find((x) => x.id === 'plan-a')!.operations;
    const shown = await lines(page);
    expect(shown).toHaveLength(operations.length);
    expect(shown.map((l) => l.sentence)).toEqual(changeSentences(file, 'plan-a'));
    expect(shown.map((l) => l.number)).toEqual(operations.map((_, i) => String(i + 1)));
    expect(shown.map((l) => l.doc)).toEqual(operations.map((o) => o.doc ?? ''));
    // plain words: names, not ids or JSON
    for (const line of shown) expect(line.sentence).not.toMatch(/xs-|[{}"]|\b(move|merge|abolish|create|set|reassign)\b/);
  });

  it('gains a line for a drag, worded by the engine', async () => {
    const { page } = s;
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);
    const moved = withOperations(file, 'plan-a', [{ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' }]);
    await page.waitForSelector(`[data-change-index="${moved.scenarios[0]!.operations.length - 1}"]`);
    expect((await lines(page)).map((l) => l.sentence)).toEqual(changeSentences(moved, 'plan-a'));
    await expectAll(page, expectedScreen(moved, 'plan-a'));
  });

  it('keeps an edited document number in the file, as one step, and after a reload', async () => {
    const { page } = s;
    const before = await pageState(page);
    await docField(page, 0).fill('锡山编〔2025〕99号');
    // the number is taken when the field is left
    await page.keyboard.press('Tab');
    await waitSteps(page, before.past + 1, 0);
    const operations = before.file.scenarios.find((x) => x.id === 'plan-a')!.operations;
    const edited = { ...before.file, scenarios: before.file.scenarios.map((x) => (x.id === 'plan-a' ? { ...x, operations: operations.map((o, i): Operation => (i === 0 ? { ...o, doc: '锡山编〔2025〕99号' } : o)) } : x)) };
    expect((await pageState(page)).file).toEqual(edited);
    // a document number changes no figure
    await expectAll(page, expectedScreen(edited, 'plan-a'));

    await waitSaved(page);
    await reload(page);
    expect((await pageState(page)).file).toEqual(edited);
    await showChanges(page);
    expect(await docField(page, 0).inputValue()).toBe('锡山编〔2025〕99号');
    expect((await lines(page)).map((l) => l.sentence)).toEqual(changeSentences(edited, 'plan-a'));
  });

  it('shows the earlier document number again when the edit is undone', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.click('[data-action="undo"]');
    await waitSteps(page, before.past - 1, 1);
    await settled(page);
    const original = file.scenarios.find((x) => x.id === 'plan-a')!.operations[0]!.doc;
    expect((await pageState(page)).file.scenarios.find((x) => x.id === 'plan-a')!.operations[0]!.doc).toBe(original);
    expect(await docField(page, 0).inputValue()).toBe(original);

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
