import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PageRecorder } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describeInBrowser('enrolment and the language asked in words, never as ids or codes (issue 15)', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** A London sentence and a victim referred to vlo-london (they recorded it and took it on), not yet enrolled. */
  async function referredVictim(fullName: string): Promise<string> {
    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const send = async (method: 'post' | 'put', path: string, body: object, status: number) => {
      const response = await request(stack.api.http)[method](path).set('Authorization', `Bearer ${token}`).send(body);
      if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    };
    const sentenceId = randomUUID();
    const victimId = randomUUID();
    await send(
      'post',
      '/sentences',
      {
        sentenceId,
        reference: `L${Math.floor(100000 + Math.random() * 899999)}`,
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        sentenceType: 'extended-determinate',
        lengthMonths: 96,
        sentencingCourt: 'Snaresbrook Crown Court',
        sentenceDate: day(-60),
        probationRegion: 'london',
      },
      201,
    );
    await send(
      'post',
      '/victims',
      {
        victimId,
        sentenceId,
        referredFor: 'vcs',
        source: 'court',
        circumstance: 'adult-victim',
        receivedOn: day(-50),
        victimLiaisonOfficerId: 'vlo-london',
        personal: { fullName, address: { lines: ['2 Oak Yard'], postcode: 'E3 4AA' } },
      },
      201,
    );
    return victimId;
  }

  it('a VLO enrols with themselves by name as the officer, and chooses the language from a list in words', async () => {
    const victimId = await referredVictim('Lingua Victimtest');
    const record = new PageRecorder('enrol-and-language');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');

    await page.goto(`/cases/${victimId}/enrol`);
    await expectHeading(page, 'Enrol the victim');
    expect(await page.locator('main').innerText()).not.toContain('staff user id');
    expect(await page.locator('input[type=text][name=victimLiaisonOfficerId]').count()).toBe(0);
    const me = page.locator('input[name=victimLiaisonOfficerId][value=vlo-london]');
    expect(await me.isChecked()).toBe(true);
    expect(await page.locator('label[for]', { hasText: 'Me (Alex Morgan)' }).count()).toBe(1);
    await page.check('input[name=scheme][value=vcs-statutory]');
    await record.record(page, 'enrol');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    expect(await page.locator('main').innerText()).toContain('Me (Alex Morgan)');
    await record.record(page, 'enrol-check');
    await page.getByRole('button', { name: 'Enrol the victim' }).click();
    await expectHeading(page, 'Victim enrolled');

    await page.goto(`/cases/${victimId}/contact-preferences`);
    await expectHeading(page, 'Contact preferences');
    const languages = await page.locator('#language option').allInnerTexts();
    expect(languages).toEqual(expect.arrayContaining(['English', 'Welsh (Cymraeg)', 'Polish', 'Urdu']));
    expect(await page.inputValue('#language')).toBe('en');
    await page.check('input[name=channels][value=letter]');
    await page.check('input[name=stages][value=all-key-stages]');
    await page.check('input[name=safetyFlag][value=no]');
    await page.selectOption('#language', { label: 'Polish' });
    await record.record(page, 'preferences');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(page, 'Check your answers');
    expect(await page.locator('main').innerText()).toContain('Polish');
    await page.getByRole('button', { name: 'Save contact preferences' }).click();
    await expectHeading(page, 'Contact preferences saved');

    // The code is what is stored; the form shows it again in words.
    const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
    const read = () => request(stack.api.http).get(`/victims/${victimId}`).set('Authorization', `Bearer ${token}`);
    let view = await read();
    for (let tries = 0; tries < 60 && !view.body.contactPreferences; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500)); // the case view catches up with the event
      view = await read();
    }
    expect(view.body.contactPreferences.communication.language).toBe('pl');
    expect(view.body.victimLiaisonOfficerId).toBe('vlo-london');
    await page.goto(`/cases/${victimId}/contact-preferences`);
    await expectHeading(page, 'Contact preferences');
    expect(await page.inputValue('#language')).toBe('pl');
    await record.record(page, 'preferences-again');
    expect(record.violations).toEqual([]);
  });

  it("a manager chooses the officer from the unit's officers, with no id to type", async () => {
    const victimId = await referredVictim('Teamwork Victimtest');
    const record = new PageRecorder('enrol-manager');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');
    await page.goto(`/cases/${victimId}/enrol`);
    await expectHeading(page, 'Enrol the victim');
    const offered = await page.locator('select#victimLiaisonOfficerId option').allInnerTexts();
    expect(offered.length).toBeGreaterThan(1);
    expect(await page.inputValue('#victimLiaisonOfficerId')).toBe('vlo-london');
    expect(await page.locator('main').innerText()).not.toContain('staff user id');
    await record.record(page, 'enrol');
    expect(record.violations).toEqual([]);
  });
});
