import request from 'supertest';
import { PageRecorder } from './testing/page-checks';
import { seedCase } from './testing/seed-case';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `K${Math.floor(100000 + Math.random() * 899999)}`;

describeInBrowser('a call to a victim who chose letters only, in Debian’s Chromium (issue 15)', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('is recorded with its reason, or after the preferences are updated, never losing what was typed', async () => {
    const { victimId } = await seedCase(stack, reference, {
      victim: { fullName: 'Callback Victimtest', addressLine: '5 Elm Row' },
    });
    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const lettersOnly = await request(stack.api.http)
      .put(`/victims/${victimId}/contact-preferences`)
      .set('Authorization', `Bearer ${token}`)
      .send({
        updatedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        channels: ['letter'],
        stages: { choice: 'all-key-stages' },
        safetyCheckBeforeLetters: false,
        personal: { address: { lines: ['5 Elm Row'], postcode: 'E3 4AA' }, language: 'en' },
      });
    expect(lettersOnly.status).toBe(200);

    const record = new PageRecorder('record-contact');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    const formUrl = `/cases/${victimId}/contact`;
    const callTheyAskedFor = async (summary: string) => {
      await page.goto(formUrl);
      await expectHeading(page, 'Record a contact');
      await page.check('input[name="method"][value="phone"]');
      await page.check('input[name="direction"][value="outbound"]');
      await page.check('input[name="result"][value="contact-made"]');
      await page.fill('#summary', summary);
      await page.getByRole('button', { name: 'Record the contact' }).click();
      await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    };

    // A call the VLO made, the victim having chosen letters: the rule in words, on the reason, what was typed kept.
    await callTheyAskedFor('Rang back as she asked in her voicemail');
    expect(new URL(page.url()).pathname).toBe(formUrl);
    expect(await page.locator('.govuk-error-summary a[href="#channelReason"]').textContent()).toContain(
      'The victim has not chosen to be contacted this way. The contact is still recorded: say why you used it',
    );
    expect(await page.inputValue('#summary')).toBe('Rang back as she asked in her voicemail');
    expect(await page.isChecked('input[name="method"][value="phone"]')).toBe(true);
    await record.record(page, 'reason-needed');

    await page.check('input[name="channelReason"][value="victim-asked"]');
    await page.getByRole('button', { name: 'Record the contact' }).click();
    await expectHeading(page, 'Contact recorded');
    await record.record(page, 'recorded-with-reason');
    await page.goto(`/cases/${victimId}`);
    await page.waitForSelector('text=not a way the victim chose: the victim asked to be contacted this way', {
      timeout: 60_000,
    });

    // The victim now wants calls: update the preferences from the refused form, and come back to it as it was typed.
    await callTheyAskedFor('She wants calls from now on; talked through the parole review');
    await page.getByRole('button', { name: 'Update their contact preferences first' }).click();
    await expectHeading(page, 'Contact preferences');
    await record.record(page, 'detour-preferences');
    await page.check('input[name="channels"][value="phone"]');
    await page.fill('#phone', '020 7946 0123');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    await page.getByRole('button', { name: 'Save contact preferences' }).click();
    await expectHeading(page, 'Contact preferences saved');
    expect(await page.locator('main').textContent()).toContain('what you typed is kept');
    await page.getByRole('link', { name: 'Continue' }).click();
    await expectHeading(page, 'Record a contact');
    expect(new URL(page.url()).pathname).toBe(formUrl);
    expect(await page.inputValue('#summary')).toBe('She wants calls from now on; talked through the parole review');
    expect(await page.isChecked('input[name="direction"][value="outbound"]')).toBe(true);
    await record.record(page, 'back-to-contact');
    await page.getByRole('button', { name: 'Record the contact' }).click();
    await expectHeading(page, 'Contact recorded');
    expect(record.violations).toEqual([]);
  });
});
