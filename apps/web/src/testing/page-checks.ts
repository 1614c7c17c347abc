/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locator, Page } from 'playwright-core';
import { SCREENSHOTS } from './web-stack';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { target: readonly string[] }[];
}

/** axe-core's WCAG 2.2 A and AA rules on the page as it is now (run through the DevTools protocol: the page's CSP stays on). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, WCAG_22_AA);
}

/** Every page a test visits: saved as a screenshot and checked with axe; violations are collected for one assertion at the end. */
export class PageRecorder {
  readonly violations: { page: string; violations: AxeViolation[] }[] = [];
  private count = 0;

  constructor(private readonly prefix: string) {}

  async record(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('load');
    this.count += 1;
    await page.screenshot({
      path: join(SCREENSHOTS, `${this.prefix}-${String(this.count).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
    const found = await accessibilityViolations(page);
    if (found.length > 0) this.violations.push({ page: name, violations: found });
  }
}

/** Presses Tab until the element has the focus: the way a keyboard user reaches it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  const handle = await target.elementHandle({ timeout: 30_000 });
  if (!handle) throw new Error('no such element to tab to');
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the element was not reached in ${maxPresses} presses of Tab`);
}

/** Keyboard only: Tab to a link or button and press Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Keyboard only: Tab to a text field, clear it and type. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Keyboard only: Tab into a radio group, then arrow keys to the answer (arrows choose as they move). */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  const group = page.locator(`input[type=radio][name="${name}"]`);
  const count = await group.count();
  await page.keyboard.press('Tab');
  for (let presses = 0; presses < 250; presses += 1) {
    const focusedName = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name);
    if (focusedName === name) break;
    await page.keyboard.press('Tab');
  }
  for (let moves = 0; moves <= count; moves += 1) {
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === value) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no answer ${value} for ${name}`);
}

/** Keyboard only: Tab to a checkbox and press Space. */
export async function tick(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Space');
}
