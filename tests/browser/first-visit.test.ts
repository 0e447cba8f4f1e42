// A first visit whose example file cannot be fetched (the network went down after the page, or a new
// version of the app was put up in between): the page says so and offers to reload, instead of
// saying "opening…" forever; reloaded once the network is back, it opens the example.
import { chromium } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';
import { baseUrl, nameAlreadyAsked } from './harness';

it('an example that cannot be fetched is said, in the reader’s language, with a way to reload; reloaded, the example opens', async () => {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await nameAlreadyAsked(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const example = /\/assets\/xishan-1-plus-4-[^/]*\.js$/;
    await page.route(example, (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl());
    const notice = page.locator('[data-no-file]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('示例文件没有载入');
    expect(await page.locator('[data-unit-id]').count()).toBe(0);
    await page.unroute(example);
    await page.click('[data-no-file] [data-action="reload"]');
    await page.waitForSelector('[data-unit-id]');
    expect(await page.locator('[data-no-file]').count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
