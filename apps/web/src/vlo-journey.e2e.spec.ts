import { Page } from 'playwright-core';
import { activate, chooseRadio, PageRecorder, tabTo, tick, typeInto } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(900_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `W${Math.floor(100000 + Math.random() * 899999)}`;

async function typeDate(page: Page, name: string, day: string, month: string, year: string): Promise<void> {
  await typeInto(page, page.locator(`#${name}-day`), day);
  await typeInto(page, page.locator(`#${name}-month`), month);
  await typeInto(page, page.locator(`#${name}-year`), year);
}

describeInBrowser("the victim liaison officer's day, in Debian's Chromium", () => {
  let stack: WebStack;
  let caseUrl: string;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('signs in, records a sentence and a referral, enrols, records a contact, sets the safety flag and drafts a letter a manager approves, by keyboard alone', async () => {
    const record = new PageRecorder('journey');
    const vlo = await (await stack.newUser()).newPage();
    await signIn(vlo, 'vlo-london', { record });
    await record.record(vlo, 'caseload');

    await activate(vlo, vlo.getByRole('link', { name: 'Record a sentence' }));
    await expectHeading(vlo, 'Record a sentence');
    await typeInto(vlo, vlo.locator('#reference'), reference);
    await chooseRadio(vlo, 'offenceCategory', 'specified-violent');
    await chooseRadio(vlo, 'offenceCausedDeath', 'no');
    await chooseRadio(vlo, 'sentenceType', 'extended-determinate');
    await typeInto(vlo, vlo.locator('#lengthMonths'), '96');
    await typeInto(vlo, vlo.locator('#sentencingCourt'), 'Snaresbrook Crown Court');
    await typeDate(vlo, 'sentenceDate', '1', '9', '2026');
    await tabTo(vlo, vlo.locator('#probationRegion'));
    await vlo.keyboard.type('London');
    await record.record(vlo, 'record-sentence');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    await expectHeading(vlo, 'Check your answers');
    await record.record(vlo, 'record-sentence-check');
    await activate(vlo, vlo.getByRole('button', { name: 'Record the sentence' }));
    await expectHeading(vlo, 'Sentence recorded');
    await record.record(vlo, 'sentence-recorded');

    await activate(vlo, vlo.getByRole('link', { name: 'Continue' }));
    await expectHeading(vlo, 'Record a referral');
    await typeInto(vlo, vlo.locator('#sentenceReference'), reference);
    await typeInto(vlo, vlo.locator('#fullName'), 'Jane Example');
    await chooseRadio(vlo, 'referredFor', 'vcs');
    await chooseRadio(vlo, 'source', 'witness-care-unit');
    await chooseRadio(vlo, 'circumstance', 'adult-victim');
    await typeDate(vlo, 'receivedOn', '2', '11', '2026');
    await typeInto(vlo, vlo.locator('#addressLines'), '12 Acacia Avenue\nLondon');
    await typeInto(vlo, vlo.locator('#postcode'), 'E1 6AN');
    await record.record(vlo, 'record-referral');
    await activate(vlo, vlo.getByRole('button', { name: 'Record the referral' }));
    await expectHeading(vlo, 'Referral recorded');
    await activate(vlo, vlo.getByRole('link', { name: 'Continue' }));
    await expectHeading(vlo, 'Jane Example');
    caseUrl = vlo.url();
    await record.record(vlo, 'case-referred');

    await activate(vlo, vlo.getByRole('link', { name: 'Enrol in a scheme' }));
    await expectHeading(vlo, 'Enrol the victim');
    await chooseRadio(vlo, 'scheme', 'vcs-statutory');
    await record.record(vlo, 'enrol');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    await expectHeading(vlo, 'Check your answers');
    await record.record(vlo, 'enrol-check');
    await activate(vlo, vlo.getByRole('button', { name: 'Enrol the victim' }));
    await expectHeading(vlo, 'Victim enrolled');
    await record.record(vlo, 'enrolled');

    await vlo.goto(caseUrl);
    await activate(vlo, vlo.getByRole('link', { name: 'Record a contact' }));
    await expectHeading(vlo, 'Record a contact');
    await chooseRadio(vlo, 'method', 'phone');
    await chooseRadio(vlo, 'direction', 'outbound');
    await chooseRadio(vlo, 'result', 'contact-made');
    await typeInto(vlo, vlo.locator('#summary'), 'Explained the scheme. She would like letters.');
    await record.record(vlo, 'record-contact');
    await activate(vlo, vlo.getByRole('button', { name: 'Record the contact' }));
    await expectHeading(vlo, 'Contact recorded');

    await vlo.goto(caseUrl);
    await activate(vlo, vlo.getByRole('link', { name: 'Change contact preferences or safety flag' }));
    await expectHeading(vlo, 'Contact preferences');
    await tick(vlo, vlo.locator('input[name=channels][value=letter]'));
    await chooseRadio(vlo, 'stages', 'all-key-stages');
    await chooseRadio(vlo, 'safetyFlag', 'yes');
    await typeInto(vlo, vlo.locator('#addressLines'), '12 Acacia Avenue\nLondon');
    await typeInto(vlo, vlo.locator('#postcode'), 'E1 6AN');
    await record.record(vlo, 'contact-preferences');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    await expectHeading(vlo, 'Check your answers');
    await activate(vlo, vlo.getByRole('button', { name: 'Save contact preferences' }));
    await expectHeading(vlo, 'Contact preferences saved');
    await vlo.goto(caseUrl);
    await vlo.waitForSelector('text=Safety flag: check it is safe before writing');
    await record.record(vlo, 'case-safety-flag');

    await activate(vlo, vlo.getByRole('link', { name: 'Confirm it is safe to write' }).first());
    await expectHeading(vlo, 'Confirm it is safe to write');
    await chooseRadio(vlo, 'channel', 'letter');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    await activate(vlo, vlo.getByRole('button', { name: 'Confirm it is safe' }));
    await expectHeading(vlo, 'Safety check recorded');

    // A key stage the victim asked to hear about: the letter that tells her is scheduled, for the officer to draft.
    await vlo.goto(caseUrl);
    await activate(vlo, vlo.getByRole('link', { name: 'Record a key stage' }));
    await expectHeading(vlo, 'Record a key stage');
    await tabTo(vlo, vlo.locator('#kind'));
    await vlo.keyboard.type('Parole hearing listed');
    await record.record(vlo, 'choose-key-stage');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    // The stage's own form asks only for the details a listed parole hearing has.
    await expectHeading(vlo, 'Parole hearing listed');
    const hearing = new Date(Date.now() + 90 * 24 * 3600 * 1000);
    await typeDate(
      vlo,
      'hearingDate',
      String(hearing.getUTCDate()),
      String(hearing.getUTCMonth() + 1),
      String(hearing.getUTCFullYear()),
    );
    await chooseRadio(vlo, 'hearingType', 'oral');
    await record.record(vlo, 'record-key-stage');
    await activate(vlo, vlo.getByRole('button', { name: 'Continue' }));
    await expectHeading(vlo, 'Check your answers');
    await activate(vlo, vlo.getByRole('button', { name: 'Record the key stage' }));
    await expectHeading(vlo, 'Key stage recorded');

    await vlo.goto(caseUrl);
    await activate(vlo, vlo.getByRole('link', { name: 'Draft a letter' }));
    await expectHeading(vlo, 'Draft a letter');
    // The worker schedules the letter once it has read the key stage: look again until the draft form offers it.
    for (let tries = 0; tries < 120 && (await vlo.locator('input[name=notificationId]').count()) === 0; tries += 1)
      await vlo.reload({ waitUntil: 'load' });
    await vlo.waitForSelector('input[name=notificationId]:checked');
    await record.record(vlo, 'draft-letter');
    // The letter asks her to get in touch "using the details below": without a phone or email it is refused.
    await activate(vlo, vlo.getByRole('button', { name: 'Draft the letter' }));
    await vlo.waitForSelector('.govuk-error-summary');
    expect(await vlo.locator('.govuk-error-summary').innerText()).toMatch(/phone|email/i);
    await typeInto(vlo, vlo.locator('#signaturePhone'), '020 7946 0000');
    await activate(vlo, vlo.getByRole('button', { name: 'Draft the letter' }));
    await expectHeading(vlo, 'Letter drafted');
    await activate(vlo, vlo.getByRole('link', { name: 'Continue' }));
    await vlo.waitForSelector('text=Send for approval');
    const letterUrl = vlo.url();
    await record.record(vlo, 'letter-draft');
    await activate(vlo, vlo.getByRole('button', { name: 'Send for approval' }));
    await expectHeading(vlo, 'Letter sent for approval');

    const manager = await (await stack.newUser()).newPage();
    await signIn(manager, 'manager-london');
    await manager.getByRole('link', { name: 'Letters to approve' }).click();
    await expectHeading(manager, 'Letters to approve');
    await record.record(manager, 'review-queue');
    await manager.goto(letterUrl);
    await manager.waitForSelector('text=Approve and send');
    await record.record(manager, 'letter-to-approve');
    await manager.getByRole('button', { name: 'Approve and send' }).click();
    await expectHeading(manager, 'Letter approved');

    // The worker sends the approved letter to the outbox when it is due: look again until it is there.
    await vlo.goto('/outbox');
    for (let tries = 0; tries < 120 && (await vlo.locator('table a').count()) === 0; tries += 1)
      await vlo.reload({ waitUntil: 'load' });
    await vlo.waitForSelector('table a', { timeout: 5_000 });
    expect(await vlo.locator('table').innerText()).toContain('Letter');
    await record.record(vlo, 'outbox');

    await vlo.goto(letterUrl);
    await vlo.waitForSelector('text=Sent');
    await record.record(vlo, 'letter-sent');
    expect(record.violations).toEqual([]);
  });

  it("keeps what was typed and shows the API's problems in an error summary linked to each field", async () => {
    const record = new PageRecorder('errors');
    const vlo = await (await stack.newUser()).newPage();
    await signIn(vlo, 'vlo-london');
    await vlo.goto(`${caseUrl}/contact`);
    await expectHeading(vlo, 'Record a contact');
    await vlo.check('input[name=method][value=phone]');
    await vlo.fill('#occurredOn-day', '31');
    await vlo.fill('#occurredOn-month', '2');
    await vlo.fill('#outcome', 'She will call back on Friday.');
    await vlo.getByRole('button', { name: 'Record the contact' }).click();
    await vlo.waitForSelector('.govuk-error-summary');
    await record.record(vlo, 'contact-errors');
    const summary = await vlo.locator('.govuk-error-summary').innerText();
    expect(summary).toContain('There is a problem');
    expect(summary).toMatch(/Who started the contact/);
    expect(summary).toMatch(/Date of the contact/);
    expect(await vlo.locator('.govuk-error-summary a[href="#occurredOn-day"]').count()).toBe(1);
    expect(await vlo.inputValue('#outcome')).toBe('She will call back on Friday.');
    expect(await vlo.inputValue('#occurredOn-day')).toBe('31');
    expect(await vlo.locator('input[name=method][value=phone]').isChecked()).toBe(true);
    expect(await vlo.title()).toMatch(/^Error: /);
    expect(record.violations).toEqual([]);
  });

  it('shows a stale edit as a conflict with what changed, and applies the change again on top', async () => {
    const record = new PageRecorder('conflict');
    const context = await stack.newUser();
    const first = await context.newPage();
    await signIn(first, 'vlo-london');
    await first.goto(`${caseUrl}/contact`);
    await expectHeading(first, 'Record a contact');

    const second = await context.newPage();
    await second.goto(`${caseUrl}/contact`);
    await expectHeading(second, 'Record a contact');
    await second.check('input[name=method][value=letter]');
    await second.check('input[name=direction][value=inbound]');
    await second.check('input[name=result][value=other]');
    await second.fill('#summary', 'She wrote to say she has moved.');
    await second.getByRole('button', { name: 'Record the contact' }).click();
    await expectHeading(second, 'Contact recorded');

    await first.check('input[name=method][value=letter]');
    await first.check('input[name=direction][value=outbound]');
    await first.check('input[name=result][value=letter-sent]');
    await first.fill('#summary', 'Wrote to confirm her new address.');
    await first.getByRole('button', { name: 'Record the contact' }).click();
    await expectHeading(first, 'Someone else changed this case');
    expect(await first.locator('main').innerText()).toContain('Wrote to confirm her new address.');
    await record.record(first, 'conflict');
    await first.getByRole('button', { name: 'Apply my change again' }).click();
    await expectHeading(first, 'Record a contact');
    expect(await first.inputValue('#summary')).toBe('Wrote to confirm her new address.');
    await first.getByRole('button', { name: 'Record the contact' }).click();
    await expectHeading(first, 'Contact recorded');
    expect(record.violations).toEqual([]);
  });

  it('reflows at 400 % zoom (320 CSS pixels wide) without scrolling sideways', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.webUrl, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, 'vlo-london');
    const record = new PageRecorder('zoom-400');
    for (const path of [
      '/',
      caseUrl.replace(stack.webUrl, ''),
      `${caseUrl.replace(stack.webUrl, '')}/contact-preferences`,
    ]) {
      await page.goto(path);
      await page.waitForSelector('h1');
      await record.record(page, path === '/' ? 'caseload' : path.endsWith('preferences') ? 'form' : 'case');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    expect(record.violations).toEqual([]);
  });
});
