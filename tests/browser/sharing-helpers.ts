// Helpers of the sharing tests: the File menu, and waiting for a sharing dialog to be ready.
import type { Locator, Page } from 'playwright-core';

/** Opens the File menu (its entries, file inputs included, are in the page while it is open). */
export async function openFileMenu(page: Page): Promise<void> {
  if ((await page.getAttribute('[data-action="file-menu"]', 'aria-expanded')) !== 'true') await page.click('[data-action="file-menu"]');
  await page.waitForSelector('[data-file-menu] [data-action]');
}

/** The bring-in dialog, once the engine has played every proposal over the open file. */
export async function bringInDialog(page: Page): Promise<Locator> {
  await page.waitForSelector('[data-sharing="bringIn"][data-ready]');
  return page.locator('[data-sharing="bringIn"]');
}

/** The dialog of what differs, once a comparison is on screen. */
export async function diffResult(page: Page): Promise<Locator> {
  await page.waitForSelector('[data-sharing="diff"] [data-diff-result]');
  return page.locator('[data-sharing="diff"] [data-diff-result]');
}
