// Switching the language: the page's own words and the engine's messages change to English, and
// the choice is remembered after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Violation, subjectText } from '../../src/engine';
import { type Lang, translate } from '../../src/i18n';
import { type Session, chooseScenario, expectScreen, openApp, pageState, reload, settled, waitSaved } from './harness';
import { changeSentences, exampleFile, expectedScreen, reportOf } from './oracle';

const file = exampleFile();
type Page = Session['page'];

/** The text shown for a violation, and whether it holds the engine's message. */
async function violationText(page: Page, v: Violation): Promise<string> {
  return (await page.textContent(`[data-violation-rule="${v.rule}"][data-violation-subject="${subjectText(v.subject)}"]`)) ?? '';
}

async function expectViolationsIn(page: Page, lang: Lang, scenarioId: string): Promise<void> {
  const report = reportOf(file, lang);
  const violations = scenarioId === 'baseline' ? report.baseline.violations : report.scenarios.find((x) => x.id === scenarioId)!.violations;
  expect(violations.length).toBeGreaterThan(0);
  for (const v of violations) expect.soft(await violationText(page, v), `${v.rule} ${subjectText(v.subject)}`).toContain(v.message);
}

async function expectWords(page: Page, lang: Lang): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  expect(await page.getAttribute(`[data-lang="${lang}"]`, 'aria-pressed')).toBe('true');
  expect((await page.textContent('[data-scenario-id="baseline"]'))?.trim()).toBe(translate(lang, 'state.baselineLong', {}));
  expect(await page.textContent('[data-action="undo"]')).toContain(translate(lang, 'app.undo', {}));
}

/** Waits until the page speaks `lang` and its figures are current. */
async function waitLang(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), lang);
  await settled(page);
  // the report is recomputed in the new language: wait until the first violation speaks it
  const first = reportOf(file, lang).baseline.violations[0]!;
  await page.waitForFunction(
    ([rule, subject, text]) => document.querySelector(`[data-violation-rule="${rule}"][data-violation-subject="${subject}"]`)?.textContent?.includes(text) ?? true,
    [first.rule, subjectText(first.subject), first.message] as const,
  );
}

describe('the language of the page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('starts in Chinese, with the engine’s Chinese messages', async () => {
    const { page } = s;
    await expectWords(page, 'zh');
    await expectViolationsIn(page, 'zh', 'baseline');
  });

  it('switches to English: the page’s words and the engine’s messages', async () => {
    const { page } = s;
    await page.click('[data-lang="en"]');
    await waitLang(page, 'en');
    await expectWords(page, 'en');
    await expectViolationsIn(page, 'en', 'baseline');
    // the language changes words, never figures
    await expectScreen(page, expectedScreen(file, 'baseline', 'en'), 'baseline');

    await chooseScenario(page, 'plan-a');
    await expectViolationsIn(page, 'en', 'plan-a');
    await page.locator('aside [role="tablist"] [role="tab"]').nth(1).click();
    await page.waitForSelector('[data-change-index]');
    const sentences = await page.$$eval('[data-change-index] button', (buttons) => buttons.map((b) => (b.textContent ?? '').slice((b.firstElementChild?.textContent ?? '').length)));
    expect(sentences).toEqual(changeSentences(file, 'plan-a', 'en'));
  });

  it('remembers English after a reload', async () => {
    const { page } = s;
    await waitSaved(page);
    await reload(page);
    expect((await pageState(page)).lang).toBe('en');
    await waitLang(page, 'en');
    await expectWords(page, 'en');
    await expectViolationsIn(page, 'en', 'plan-a');
  });

  it('switches back to Chinese', async () => {
    const { page } = s;
    await page.click('[data-lang="zh"]');
    await waitLang(page, 'zh');
    await expectWords(page, 'zh');
    await expectViolationsIn(page, 'zh', 'plan-a');
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
