import { randomUUID } from 'node:crypto';
import { Page } from 'playwright-core';
import { ApiSeed } from './testing/api-seed';
import { PageRecorder } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const VICTIM = 'Robin Namestest';
const UNALLOCATED = 'Sasha Waitingtest';
const DECLINED = 'Morgan Declinedtest';
/** The seeded people's names (apps/dev-identity seeded-users.ts). */
const ALEX = 'Alex Morgan';
const JORDAN = 'Jordan Blake';
const WALES_NAMES = /Rhian Evans|Owain Price/;
const STAFF_IDS = /\b(vlo|manager)-[a-z]+\b/;

describeInBrowser('staff by name on the case, letter, team and timeline pages, in Debian’s Chromium', () => {
  let stack: WebStack;
  let page: Page;
  const ids = { victim: '', letter: '' };

  const referral = (sentenceId: string, fullName: string, extra: object = {}) => ({
    victimId: randomUUID(),
    sentenceId,
    referredFor: 'vcs',
    source: 'witness-care-unit',
    circumstance: 'adult-victim',
    receivedOn: day(-100),
    personal: { fullName, address: { lines: ['8 Birch Lane', 'London'], postcode: 'E3 4AA' } },
    ...extra,
  });
  const sentence = (reference: string, probationRegion: string) => ({
    sentenceId: randomUUID(),
    reference,
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'extended-determinate',
    lengthMonths: 96,
    sentencingCourt: 'Snaresbrook Crown Court',
    sentenceDate: day(-200),
    probationRegion,
  });

  beforeAll(async () => {
    stack = await startWebStack();
    const vlo = await ApiSeed.as(stack.api, 'VLO', 'vlo-london', 'london');
    const manager = await ApiSeed.as(stack.api, 'VLO_MANAGER', 'manager-london', 'london');
    const wales = await ApiSeed.as(stack.api, 'VLO', 'vlo-wales', 'wales');

    // London: Alex Morgan's case, with a letter Alex drafted and Jordan Blake approved, and a key stage the
    // service plans a notification for.
    const london = sentence(`N${Math.floor(100000 + Math.random() * 899999)}`, 'london');
    await vlo.send('post', '/sentences', london);
    const mine = referral(london.sentenceId, VICTIM);
    ids.victim = mine.victimId;
    await vlo.send('post', '/victims', mine);
    await vlo.send('post', `/victims/${ids.victim}/enrolment`, {
      sentenceId: london.sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: day(-90),
      victimLiaisonOfficerId: 'vlo-london',
    });
    await vlo.send('put', `/victims/${ids.victim}/contact-preferences`, {
      updatedOn: day(-90),
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: { lines: ['8 Birch Lane', 'London'], postcode: 'E3 4AA' }, language: 'en' },
    });
    await vlo.send('post', `/sentences/${london.sentenceId}/milestones`, {
      kind: 'parole-hearing-listed',
      date: day(-10),
      detail: { hearingDate: day(90), hearingType: 'oral' },
    });
    const drafted = await vlo.send('post', `/victims/${ids.victim}/letters`, {
      signature: { name: ALEX, phone: '020 7946 0000' },
      stage: 'parole-hearing-listed',
    });
    ids.letter = drafted.letterId as string;
    await vlo.send('post', `/victims/${ids.victim}/letters/${ids.letter}/submission`);
    await manager.send('post', `/victims/${ids.victim}/letters/${ids.letter}/approval`);

    // The unit's intake: one case waiting for an officer, and one whose victim declined before anyone was allocated.
    await manager.send('post', '/victims', referral(london.sentenceId, UNALLOCATED));
    const declined = referral(london.sentenceId, DECLINED);
    await manager.send('post', '/victims', declined);
    await manager.send('post', `/victims/${declined.victimId}/declining`, { declinedOn: day(-95) });

    // Wales: its own people's case; London must never read their names.
    const walesSentence = sentence(`W${Math.floor(100000 + Math.random() * 899999)}`, 'wales');
    await wales.send('post', '/sentences', walesSentence);
    await wales.send('post', '/victims', referral(walesSentence.sentenceId, 'Gwen Walestest'));

    page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');
  });

  afterAll(async () => {
    await stack?.close();
  });

  const mainText = async () => page.locator('main').innerText();

  it("names the case's officer and, on its timeline, each person and the service's own actions", async () => {
    const record = new PageRecorder('staff-names-case');
    // The planner's notification for the key stage reaches the timeline when the worker has planned it.
    for (let tries = 0; tries < 60; tries += 1) {
      await page.goto(`/cases/${ids.victim}`);
      await expectHeading(page, VICTIM);
      if ((await mainText()).includes('by The service (planned automatically)')) break;
      await page.waitForTimeout(1000);
    }
    const summary = await page.locator('.govuk-summary-list').first().innerText();
    expect(summary).toMatch(new RegExp(`Victim liaison officer\\s+${ALEX}`));
    const timeline = await page.locator('.moj-timeline').innerText();
    expect(timeline).toContain(`by ${ALEX}`);
    expect(timeline).toContain(`by ${JORDAN}`);
    expect(timeline).toContain('by The service (planned automatically)');
    expect(await mainText()).not.toMatch(STAFF_IDS);
    expect(await mainText()).not.toMatch(WALES_NAMES);
    await record.record(page, 'case');
    expect(record.violations).toEqual([]);
  });

  it('names who drafted, sent for approval and approved the letter', async () => {
    const record = new PageRecorder('staff-names-letter');
    await page.goto(`/cases/${ids.victim}/letters/${ids.letter}`);
    await page.waitForSelector('.govuk-summary-list');
    const history = await page.locator('.govuk-summary-list').first().innerText();
    expect(history).toMatch(new RegExp(`Drafted\\s+.+ by ${ALEX}`));
    expect(history).toMatch(new RegExp(`Sent for approval\\s+.+ by ${ALEX}`));
    expect(history).toMatch(new RegExp(`Approved\\s+.+ by ${JORDAN}`));
    expect(await mainText()).not.toMatch(STAFF_IDS);
    await record.record(page, 'letter');
    expect(record.violations).toEqual([]);
  });

  it("names the team's officers, puts 'Not allocated' last, and lists only open cases waiting for an officer", async () => {
    const record = new PageRecorder('staff-names-team');
    await page.goto('/team');
    await expectHeading(page, 'Your team');
    const officers = await page.locator('[aria-label="Caseload by officer"] tbody tr').allInnerTexts();
    expect(officers[0]).toContain(ALEX);
    expect(officers[officers.length - 1]).toMatch(/^Not allocated to an officer\s+1\s/);
    expect(officers.filter((row) => row.startsWith('Not allocated'))).toHaveLength(1);
    const unallocated = await page.locator('[aria-label="Cases not allocated"] tbody tr').allInnerTexts();
    expect(unallocated).toHaveLength(1);
    expect(unallocated[0]).toContain(UNALLOCATED);
    expect(await mainText()).not.toContain(DECLINED);
    expect(await page.locator('a[href="#unallocated"]').innerText()).toBe('cases not allocated');
    expect(await page.locator('.vcs-count').nth(2).innerText()).toBe('1');
    expect(await mainText()).not.toMatch(STAFF_IDS);
    expect(await mainText()).not.toMatch(WALES_NAMES);
    await record.record(page, 'team');
    expect(record.violations).toEqual([]);
  });
});
