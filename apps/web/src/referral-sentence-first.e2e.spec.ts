import { PageRecorder } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `R${Math.floor(100000 + Math.random() * 899999)}`;

describeInBrowser('a referral whose sentence is not recorded yet, in Debian’s Chromium (issue 15)', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('keeps the referral as typed while the sentence is recorded, and comes back to it; a court is a referrer', async () => {
    const record = new PageRecorder('referral-sentence-first');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    const addresses: string[] = [];
    page.on('request', (sent) => addresses.push(sent.url()));

    await page.goto('/referrals/new');
    await expectHeading(page, 'Record a referral');
    await page.fill('#fullName', 'Courtney Victimtest');
    await page.check('input[name="referredFor"][value="vcs"]');
    await page.check('input[name="source"][value="court"]');
    await page.check('input[name="circumstance"][value="adult-victim"]');
    await page.fill('#addressLines', '9 Birch Close\nLondon');
    await page.fill('#postcode', 'E2 7QA');
    await record.record(page, 'referral-typed');

    await page.getByRole('button', { name: 'Record the sentence first' }).click();
    await expectHeading(page, 'Record a sentence');
    await page.fill('#reference', reference);
    await page.check('input[name="offenceCategory"][value="specified-violent"]');
    await page.check('input[name="offenceCausedDeath"][value="no"]');
    await page.check('input[name="sentenceType"][value="extended-determinate"]');
    await page.fill('#lengthMonths', '96');
    await page.fill('#sentencingCourt', 'Snaresbrook Crown Court');
    await page.fill('#sentenceDate-day', '1');
    await page.fill('#sentenceDate-month', '9');
    await page.fill('#sentenceDate-year', '2026');
    await page.selectOption('#probationRegion', 'london');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    await page.getByRole('button', { name: 'Record the sentence' }).click();
    await expectHeading(page, 'Sentence recorded');
    expect(await page.locator('main').textContent()).toContain('what you typed is kept');
    await record.record(page, 'sentence-recorded');

    await page.getByRole('link', { name: 'Continue' }).click();
    await expectHeading(page, 'Record a referral');
    expect(await page.inputValue('#fullName')).toBe('Courtney Victimtest');
    expect(await page.inputValue('#sentenceReference')).toBe(reference);
    expect(await page.inputValue('#postcode')).toBe('E2 7QA');
    expect(await page.isChecked('input[name="source"][value="court"]')).toBe(true);
    expect(await page.isChecked('input[name="circumstance"][value="adult-victim"]')).toBe(true);
    await record.record(page, 'referral-kept');

    await page.getByRole('button', { name: 'Record the referral' }).click();
    await expectHeading(page, 'Referral recorded');
    await page.getByRole('link', { name: 'Continue' }).click();
    await expectHeading(page, 'Courtney Victimtest');
    await page.waitForSelector('text=Referral received from the court', { timeout: 60_000 });
    await record.record(page, 'case');

    // What was typed travelled in the session, never in an address.
    expect(addresses.filter((address) => /Courtney|Victimtest|Birch|E2/.test(decodeURIComponent(address)))).toEqual([]);
    expect(record.violations).toEqual([]);
  });
});
