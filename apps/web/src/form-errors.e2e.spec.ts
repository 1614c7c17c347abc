import { PageRecorder } from './testing/page-checks';
import { seedCase } from './testing/seed-case';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `F${Math.floor(100000 + Math.random() * 899999)}`;

describeInBrowser('a form’s errors come before check your answers, in Debian’s Chromium', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('shows what the API refuses on the form itself, keeps what was typed, and only then checks the answers', async () => {
    const { victimId } = await seedCase(stack, reference, {
      victim: { fullName: 'Forms Victimtest', addressLine: '3 Ash Lane' },
    });
    const record = new PageRecorder('form-errors');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    const formUrl = `/cases/${victimId}/contact-preferences`;
    const continueToCheck = async () => {
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForLoadState('load');
    };

    // Letters, and only a postcode for them.
    await page.goto(formUrl);
    await expectHeading(page, 'Contact preferences');
    await page.check('input[name="channels"][value="letter"]');
    await page.check('input[name="stages"][value="all-key-stages"]');
    await page.check('input[name="safetyFlag"][value="no"]');
    await page.fill('#addressLines', ''); // the referral's address is offered: take it out
    await page.fill('#postcode', 'E3 4AA');
    await page.fill('#email', 'forms.victimtest@example.org');
    await continueToCheck();
    await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe(formUrl);
    await expectHeading(page, 'Contact preferences');
    expect(await page.locator('h1').textContent()).not.toContain('Check your answers');
    expect(await page.inputValue('#postcode')).toBe('E3 4AA');
    expect(await page.inputValue('#email')).toBe('forms.victimtest@example.org');
    expect(await page.isChecked('input[name="channels"][value="letter"]')).toBe(true);
    // Why, in words, on the address lines: a letter cannot go to a postcode alone (said in the hint beforehand too).
    expect(await page.locator('.govuk-error-summary a[href="#addressLines"]').textContent()).toBe(
      'Address for letters must have at least the first line: a letter cannot be sent to a postcode alone',
    );
    expect(await page.locator('#addressLines-hint').textContent()).toContain(
      'A letter cannot be sent to a postcode alone',
    );
    await record.record(page, 'postcode-alone');

    // Letters and no address at all: a rule of the scheme, also shown on the form.
    await page.fill('#postcode', '');
    await continueToCheck();
    await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe(formUrl);
    // The rule (letter-needs-address) in plain English, on the address it asks for, not in the API's words.
    expect(await page.locator('.govuk-error-summary a[href="#addressLines"]').textContent()).toBe(
      'Enter the address for letters, or do not choose letter.',
    );
    expect(await page.locator('#addressLines-error').textContent()).toContain('Enter the address for letters');
    expect(await page.locator('main').textContent()).not.toContain('Letter is chosen but there is no postal address');
    await record.record(page, 'no-address');

    await page.fill('#addressLines', '3 Ash Lane\nLondon');
    await page.fill('#postcode', 'E3 4AA');
    await continueToCheck();
    await expectHeading(page, 'Check your answers');
    await record.record(page, 'check');
    await page.getByRole('button', { name: 'Save contact preferences' }).click();
    await expectHeading(page, 'Contact preferences saved');
    expect(record.violations).toEqual([]);
  });
});
