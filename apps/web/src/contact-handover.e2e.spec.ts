import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ApiSeed } from './testing/api-seed';
import { activate, chooseRadio, PageRecorder, typeInto } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `H${Math.floor(100000 + Math.random() * 899999)}`;
const VICTIM = 'Robin Handovertest';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Turned 18 ten days ago; 17 when the referral (60 days ago) was received.
const [birthYear, birthMonth, birthDay] = day(-10).split('-').map(Number);
const DOB = { day: String(birthDay), month: String(birthMonth), year: String(birthYear - 18) };
const received = day(-60).split('-').map(Number);

describeInBrowser("a child victim's contact handed to them at 18, in Debian’s Chromium", () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
    const vlo = await ApiSeed.as(stack.api, 'VLO', 'vlo-london', 'london');
    await vlo.send('post', '/sentences', {
      sentenceId: randomUUID(),
      reference,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 48,
      sentencingCourt: 'Snaresbrook Crown Court',
      sentenceDate: day(-90),
      probationRegion: 'london',
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('records a child victim with a date of birth, shows the month they turn 18, and records that contact is now with them', async () => {
    const record = new PageRecorder('contact-handover');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    await activate(page, page.getByRole('link', { name: 'Record a referral' }));
    await expectHeading(page, 'Record a referral');
    await typeInto(page, page.locator('#sentenceReference'), reference);
    await typeInto(page, page.locator('#fullName'), VICTIM);
    await page.fill('#dateOfBirth-day', DOB.day);
    await page.fill('#dateOfBirth-month', DOB.month);
    await page.fill('#dateOfBirth-year', DOB.year);
    await chooseRadio(page, 'referredFor', 'vcs');
    await chooseRadio(page, 'source', 'witness-care-unit');
    await chooseRadio(page, 'circumstance', 'child-victim');
    await page.fill('#receivedOn-day', String(received[2]));
    await page.fill('#receivedOn-month', String(received[1]));
    await page.fill('#receivedOn-year', String(received[0]));
    await record.record(page, 'referral');
    await activate(page, page.getByRole('button', { name: 'Record the referral' }));
    await expectHeading(page, 'Referral recorded');
    await activate(page, page.getByRole('link', { name: 'Continue' }));
    await expectHeading(page, VICTIM);
    const victimId = page.url().split('/cases/')[1];
    expect(await page.locator('main').innerText()).toContain('contact through a parent or guardian until then');
    await record.record(page, 'case');

    await activate(page, page.getByRole('link', { name: 'Record that contact is now with the victim (at 18)' }));
    await expectHeading(page, 'Record that contact is now with the victim');
    await record.record(page, 'form');
    await activate(page, page.getByRole('button', { name: 'Continue' }));
    await expectHeading(page, 'Check your answers');
    await record.record(page, 'check');
    await activate(page, page.getByRole('button', { name: 'Record that contact is now with them' }));
    await expectHeading(page, 'Contact handed to the victim');
    await record.record(page, 'done');
    expect(record.violations).toEqual([]);

    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const view = await request(stack.api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${token}`);
    expect(view.status).toBe(200);
    expect(view.body.comingOfAge).toEqual({
      turnsEighteenIn: `${Number(DOB.year) + 18}-${DOB.month.padStart(2, '0')}`,
      contactHandedToVictimOn: day(0),
    });
  });
});
