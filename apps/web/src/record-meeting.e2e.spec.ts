import request from 'supertest';
import { PageRecorder } from './testing/page-checks';
import { seedCase } from './testing/seed-case';
import { expectHeading } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `M${Math.floor(100000 + Math.random() * 899999)}`;
const NOTE = 'Presented her wish for an exclusion zone around her workplace';
const ACTION = 'Police to review the exclusion zone with the victim';

describeInBrowser('recording an inter-agency meeting, in Debian’s Chromium', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('shows the API’s refusal on the field before check your answers, keeps what was typed, then records the meeting', async () => {
    const { sentenceId, victimId } = await seedCase(stack, reference, {
      victim: { fullName: 'Meeting Victimtest', addressLine: '2 Elm Row' },
    });
    const record = new PageRecorder('meeting');
    const page = await (await stack.newUser()).newPage();
    await page.goto('/');
    await page.waitForSelector('#username', { timeout: 60_000 });
    await page.fill('#username', 'vlo-london');
    await page.fill('#password', 'password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectHeading(page, 'My caseload');

    await page.goto(`/cases/${victimId}`);
    await page.getByRole('link', { name: 'Record an inter-agency meeting' }).click();
    await expectHeading(page, 'Record an inter-agency meeting');
    await record.record(page, 'form');
    // A MAPPA meeting without its category and level: the API refuses, naming them.
    await page.check('input[name="kind"][value="mappa"]');
    await page.check('input[name="agenciesPresent"][value="police"]');
    await page.check('input[name="agenciesPresent"][value="probation"]');
    await page.check('input[name="viewsPresented"][value="yes"]');
    await page.check('input[name="outcome"][value="licence-conditions-recommended"]');
    await page.fill('#notes', NOTE);
    await page.selectOption('#actionOwner', 'police');
    await page.fill('#actionDescription', ACTION);
    await page.getByRole('button', { name: 'Continue' }).click();
    // Refused on the form itself, before check your answers (the API checked the command without recording it).
    await page.waitForSelector('.govuk-error-summary', { timeout: 60_000 });
    await expectHeading(page, 'Record an inter-agency meeting');
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/MAPPA (category|level)/);
    expect(await page.inputValue('#notes')).toBe(NOTE);
    expect(await page.inputValue('#actionDescription')).toBe(ACTION);
    await record.record(page, 'refused');

    await page.check('input[name="mappaCategory"][value="2"]');
    await page.check('input[name="mappaLevel"][value="2"]');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    expect(await page.locator('main').textContent()).toContain('Category 2: violent offender');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    await expectHeading(page, 'Meeting recorded');
    await record.record(page, 'recorded');
    expect(record.violations).toEqual([]);

    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const meetings = await request(stack.api.http)
      .get(`/sentences/${sentenceId}/inter-agency-meetings`)
      .set('Authorization', `Bearer ${token}`);
    expect(meetings.status).toBe(200);
    expect(meetings.body.items).toHaveLength(1);
    const [meeting] = meetings.body.items;
    expect(meeting).toMatchObject({
      kind: 'mappa',
      mappa: { category: 2, level: 2 },
      agenciesPresent: expect.arrayContaining(['police', 'probation']),
    });
    expect(JSON.stringify(meeting)).toContain(NOTE);
    expect(JSON.stringify(meeting)).toContain(ACTION);
    expect(JSON.stringify(meeting)).toContain(victimId);
  });
});
