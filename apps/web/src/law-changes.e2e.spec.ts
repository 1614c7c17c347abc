import { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { PageRecorder } from './testing/page-checks';
import { seedCase } from './testing/seed-case';
import { expectHeading } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const LAWCHANGE_VICTIM = { fullName: 'Lawchange Victimtest', addressLine: '3 Elm Row' };
const newReference = (letter: string) => `${letter}${Math.floor(100000 + Math.random() * 899999)}`;

async function signIn(stack: WebStack, username: string): Promise<Page> {
  const context: BrowserContext = await stack.newUser();
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.fill('#username', username);
  await page.fill('#password', 'password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('h1', { timeout: 60_000 });
  return page;
}

/** Reloads until the text is on the page: the read side catches up with a change after it was made. */
async function reloadUntil(page: Page, text: string): Promise<void> {
  for (let tries = 0; tries < 120 && !((await page.locator('main').textContent()) ?? '').includes(text); tries += 1)
    await page.reload({ waitUntil: 'load' });
  expect(await page.locator('main').textContent()).toContain(text);
}

const dateInto = async (page: Page, name: string, iso: string) => {
  const [year, month, dayOfMonth] = iso.split('-');
  await page.fill(`#${name}-day`, String(Number(dayOfMonth)));
  await page.fill(`#${name}-month`, String(Number(month)));
  await page.fill(`#${name}-year`, year);
};

describeInBrowser('the release-law pages, in Debian’s Chromium: key stages, victim requests, recalculation', () => {
  let stack: WebStack;
  /** Pages of the journeys above, visited again at 400 % zoom. */
  const zoomed: string[] = [];

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('records a key stage with the details of its own kind, the API’s refusal on the field', async () => {
    const reference = newReference('K');
    const { sentenceId, victimId } = await seedCase(stack, reference, { victim: LAWCHANGE_VICTIM });
    const record = new PageRecorder('law-key-stage');
    const page = await signIn(stack, 'vlo-london');

    await page.goto(`/cases/${victimId}`);
    await page.getByRole('link', { name: 'Record a key stage' }).click();
    await expectHeading(page, 'Record a key stage');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('Choose the stage to record');
    await record.record(page, 'choose-refused');

    // Every kind the API accepts is offered (milestone-details.unit.spec.ts proves the table against openapi.json).
    const offered = await page
      .locator('#kind option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(
      expect.arrayContaining([
        'removal-planned',
        'transfer-abroad',
        'return-after-removal',
        'suspended-sentence-activated',
        'parole-hearing-postponed',
        'hospital-direction',
        'recategorisation',
        'reconsideration',
      ]),
    );
    await page.selectOption('#kind', 'parole-decision');
    await record.record(page, 'choose');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Parole decision');
    expect(await page.locator('input[name="outcome"]').count()).toBe(3);
    expect(await page.locator('#hearingType').count()).toBe(0);
    await record.record(page, 'form');
    // No decision chosen: the API names detail.outcome, shown against the field in the page's own words.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    await expectHeading(page, 'Parole decision');
    expect(await page.locator('.govuk-error-summary a[href="#outcome"]').count()).toBe(1);
    await record.record(page, 'refused');

    await page.check('input[name="outcome"][value="no-release"]');
    await dateInto(page, 'nextReviewDate', day(365));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    expect(await page.locator('main').textContent()).toContain('Release refused');
    await record.record(page, 'check');
    await page.getByRole('button', { name: 'Record the key stage' }).click();
    await expectHeading(page, 'Key stage recorded');

    // A stage the web could not record before: removal from the UK, with its route.
    await page.goto(`/cases/${victimId}/milestone`);
    await page.selectOption('#kind', 'removal-planned');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Removal from the UK planned');
    await page.check('input[name="route"][value="early-removal-scheme"]');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Record the key stage' }).click();
    await expectHeading(page, 'Key stage recorded');
    await record.record(page, 'recorded');
    expect(record.violations).toEqual([]);

    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const sentence = await request(stack.api.http)
      .get(`/sentences/${sentenceId}`)
      .set('Authorization', `Bearer ${token}`);
    expect(sentence.body.milestones).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'parole-decision',
          detail: expect.objectContaining({ outcome: 'no-release', nextReviewDate: day(365) }),
        }),
        expect.objectContaining({ kind: 'removal-planned', detail: { route: 'early-removal-scheme' } }),
      ]),
    );
  });

  it('records a victim’s request, lists it on the case page as waiting, answers it from there after a refusal, and a right explained; the case lists them', async () => {
    const { victimId } = await seedCase(stack, newReference('R'), { victim: LAWCHANGE_VICTIM });
    const record = new PageRecorder('law-requests');
    const page = await signIn(stack, 'vlo-london');

    await page.goto(`/cases/${victimId}`);
    await page.getByRole('link', { name: 'Record a request from the victim' }).click();
    await expectHeading(page, 'Record a request from the victim');
    await page.check('input[name="kind"][value="parole-decision-summary"]');
    await record.record(page, 'request');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    await page.getByRole('button', { name: 'Record the request' }).click();
    await expectHeading(page, 'Request recorded');
    await record.record(page, 'request-recorded');
    const answerAddress = new RegExp(`/cases/${victimId}/requests/[0-9a-f-]{36}/answer$`);
    expect(await page.getByRole('link', { name: 'Continue' }).getAttribute('href')).toMatch(answerAddress);

    // Later, from the case page: the request waits for its answer, and is answered from there.
    await page.goto(`/cases/${victimId}`);
    await reloadUntil(page, 'Waiting for an answer');
    const waiting = page.locator('table:has(caption:text("Requests the victim made")) tbody tr');
    expect(await waiting.count()).toBe(1);
    expect((await waiting.first().textContent())?.replace(/\s+/g, ' ')).toMatch(
      /summary of the Parole Board.s decision.*Waiting for an answer/,
    );
    await record.record(page, 'case-request-waiting');
    await page
      .getByRole('link', { name: /^Answer the request: A summary of the Parole Board.s decision, asked on / })
      .click();

    await expectHeading(page, 'Record the answer to a request');
    expect(page.url()).toMatch(answerAddress);
    await page.check('input[name="outcome"][value="provided"]');
    // No date: the API names answeredOn, shown on the date field; what was chosen is kept.
    await page.fill('#answeredOn-day', '');
    await page.fill('#answeredOn-month', '');
    await page.fill('#answeredOn-year', '');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    await expectHeading(page, 'Record the answer to a request');
    expect(await page.locator('.govuk-error-summary a[href="#answeredOn-day"]').textContent()).toMatch(
      /^Date of the answer/,
    );
    expect(await page.isChecked('input[name="outcome"][value="provided"]')).toBe(true);
    await record.record(page, 'answer-refused');
    await dateInto(page, 'answeredOn', day(0));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Record the answer' }).click();
    await expectHeading(page, 'Answer recorded');

    await page.goto(`/cases/${victimId}`);
    await page.getByRole('link', { name: 'Record that a right was explained' }).click();
    await expectHeading(page, 'Record that a right was explained');
    await record.record(page, 'right');
    await page.getByRole('button', { name: 'Record it' }).click();
    await expectHeading(page, 'Recorded');

    await page.goto(`/cases/${victimId}`);
    await reloadUntil(page, 'unduly lenient sentence scheme');
    await reloadUntil(page, 'Provided on');
    const table = page.locator('table:has(caption:text("Requests the victim made"))');
    const requests = ((await table.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(requests).toMatch(/summary of the Parole Board.s decision.*Provided on /);
    expect(requests).not.toContain('Waiting for an answer');
    expect(await page.getByRole('link', { name: /^Answer the request/ }).count()).toBe(0);
    await record.record(page, 'case-requests');
    expect(record.violations).toEqual([]);
  });

  it('lets a manager recalculate release dates after a change in the law, each refusal named, and shows the result', async () => {
    // SDS40 moves a standard determinate sentence (a violent offence under four years), not an extended one.
    const reference = newReference('L');
    const { victimId } = await seedCase(stack, reference, {
      sentence: { sentenceType: 'determinate-custody', lengthMonths: 36 },
      victim: LAWCHANGE_VICTIM,
    });
    const extended = newReference('E');
    await seedCase(stack, extended, { victim: LAWCHANGE_VICTIM });
    const newDate = day(400).split('-').reverse().join('/');
    const record = new PageRecorder('law-recalculation');

    const vlo = await signIn(stack, 'vlo-london');
    await vlo.goto('/release-law-changes');
    await expectHeading(vlo, 'You cannot see this');

    const manager = await signIn(stack, 'manager-london');
    await manager.getByRole('link', { name: 'Release-law changes' }).click();
    await expectHeading(manager, 'Recalculate release dates after a change in the law');
    await record.record(manager, 'form');
    await manager.check('input[name="lawChange"][value="sds40-2024"]');
    await dateInto(manager, 'date', day(-1));
    await manager.fill('#sentences', `${reference} ${newDate}\nZ000001 1/1/2028`);
    await manager.getByRole('button', { name: 'Record the new release dates' }).click();
    await manager.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    expect(await manager.locator('.govuk-error-summary').textContent()).toContain(
      'Line 2: no sentence Z000001 in your units',
    );
    expect(await manager.inputValue('#sentences')).toContain(reference);
    expect(await manager.isChecked('input[name="lawChange"][value="sds40-2024"]')).toBe(true);
    await record.record(manager, 'unknown-reference');

    // All or nothing: the API refuses the extended sentence, names it, and records neither.
    await manager.fill('#sentences', `${reference} ${newDate}\n${extended} ${newDate}`);
    await manager.getByRole('button', { name: 'Record the new release dates' }).click();
    await manager.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    const refusal = (await manager.locator('.govuk-error-summary').textContent()) ?? '';
    expect(refusal).toContain('Nothing was recorded');
    expect(refusal).toContain(`Line 2 (${extended})`);
    expect(refusal).not.toContain(`Line 1 (${reference})`);
    await record.record(manager, 'refused');

    await manager.fill('#sentences', `${reference} ${newDate}`);
    await manager.getByRole('button', { name: 'Record the new release dates' }).click();
    await expectHeading(manager, 'Release dates recalculated');
    expect(await manager.locator('main').textContent()).toContain('You recorded 1 new release date');
    await reloadUntil(manager, reference);
    expect(await manager.locator('main').textContent()).not.toContain(extended);
    const recalculationUrl = manager.url();
    zoomed.push('/release-law-changes', new URL(recalculationUrl).pathname, `/cases/${victimId}/milestone`);
    zoomed.push(`/cases/${victimId}/milestone/licence-conditions-set`, `/cases/${victimId}/requests/new`);
    expect(recalculationUrl).toMatch(/\/release-law-changes\/[0-9a-f-]{36}$/);
    await record.record(manager, 'result');

    // A VLO may read the result (GET allows VLO) and reach the victim's case from it.
    await vlo.goto(recalculationUrl);
    await expectHeading(vlo, 'Release dates recalculated');
    await reloadUntil(vlo, reference);
    expect(await vlo.locator(`a[href="/cases/${victimId}"]`).count()).toBe(1);
    await record.record(vlo, 'result-vlo');
    expect(record.violations).toEqual([]);
  });

  it('reflows the new pages at 400 % zoom (320 CSS pixels wide) without scrolling sideways', async () => {
    expect(zoomed.length).toBeGreaterThan(0);
    const page = await signIn(stack, 'manager-london');
    await page.setViewportSize({ width: 320, height: 640 });
    const record = new PageRecorder('law-zoom-400');
    for (const path of zoomed) {
      await page.goto(path);
      await page.waitForSelector('h1');
      await record.record(page, path.split('/').pop() ?? 'page');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    expect(record.violations).toEqual([]);
  });
});
