import { join } from 'node:path';
import { Page } from 'playwright-core';
import { activate, PageRecorder, typeInto } from './page-checks';
import { SCREENSHOTS } from './web-stack';

/** Waits for the page's heading; on failure saves a screenshot of what was shown instead. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  try {
    await page.waitForSelector(`h1:has-text("${text}")`, { timeout: 60_000 });
  } catch (error) {
    await page.screenshot({
      path: join(SCREENSHOTS, `failed-waiting-for-${text.replace(/\W+/g, '-').toLowerCase()}.png`),
      fullPage: true,
    });
    throw error;
  }
}

/** Keyboard only: signs in on the identity provider's page and waits for the user's first page (`landing`). */
export async function signIn(
  page: Page,
  username: string,
  options: { landing?: string; record?: PageRecorder } = {},
): Promise<void> {
  await page.goto('/');
  await page.waitForSelector('#username');
  if (options.record) await options.record.record(page, 'sign-in');
  await typeInto(page, page.locator('#username'), username);
  await typeInto(page, page.locator('#password'), 'password');
  await activate(page, page.getByRole('button', { name: 'Sign in' }));
  await expectHeading(page, options.landing ?? 'My caseload');
}
