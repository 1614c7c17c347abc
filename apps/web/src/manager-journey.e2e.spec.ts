/// <reference lib="dom" />
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { addCalendarDays, englandAndWalesCalendar, IsoDate } from '@vcs/domain';
import { activate, PageRecorder, typeInto } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, SCREENSHOTS, startWebStack, WebStack } from './testing/web-stack';
import { ApiSeed } from './testing/api-seed';
import { govukDate } from './views/filters';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(900_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const UNIT = 'london';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** The API's codes: lower-case words joined by hyphens (initial-contact, parole-hearing-listed). */
const CODE = /\b[a-z]+(-[a-z]+)+\b/;

/** No task kind, stage code or id in what a person reads. */
function expectNoCodes(text: string): void {
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(CODE);
}
const londonToday = (): IsoDate =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

describeInBrowser("a victim liaison manager's day, in Debian's Chromium", () => {
  let stack: WebStack;
  let vlo: ApiSeed;
  let manager: ApiSeed;
  const letters: Record<'approve' | 'return' | 'own', string> = { approve: '', return: '', own: '' };
  let caseReference = '';

  /** A London case referred on `receivedOn`, first contacted `contactAfter` working days later (or never). */
  async function aCase(sentenceId: string, receivedOn: IsoDate, contactAfter?: number): Promise<string> {
    const victimId = randomUUID();
    await vlo.send('post', '/victims', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn,
      // The unit's intake: left for the manager to allocate (a VLO's referral is otherwise theirs).
      leaveUnallocated: true,
      personal: { fullName: 'Mary Sample', address: { lines: ['3 Elm Row', 'London'], postcode: 'N1 9GU' } },
    });
    if (contactAfter !== undefined) {
      const occurredOn = englandAndWalesCalendar.addWorkingDays(receivedOn, contactAfter);
      if (occurredOn <= londonToday())
        await vlo.send('post', `/victims/${victimId}/contacts`, {
          method: 'phone',
          direction: 'outbound',
          result: 'contact-made',
          occurredOn,
          personal: { summary: 'Explained the scheme.' },
        });
    }
    return victimId;
  }

  async function aLetter(by: ApiSeed, victimId: string): Promise<string> {
    const drafted = await by.send('post', `/victims/${victimId}/letters`, {
      signature: { name: 'Sam Officer', phone: '020 7946 0000' },
      stage: 'parole-hearing-listed',
    });
    const letterUrl = `/cases/${victimId}/letters/${drafted.letterId as string}`;
    await by.send('post', `/victims/${victimId}/letters/${drafted.letterId as string}/submission`);
    return letterUrl;
  }

  beforeAll(async () => {
    stack = await startWebStack();
    vlo = await ApiSeed.as(stack.api, 'VLO', 'vlo-london', UNIT);
    manager = await ApiSeed.as(stack.api, 'VLO_MANAGER', 'manager-london', UNIT);
    const today = londonToday();
    const sentenceId = randomUUID();
    caseReference = `M${Math.floor(100000 + Math.random() * 899999)}`;
    await vlo.send('post', '/sentences', {
      sentenceId,
      reference: caseReference,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'extended-determinate',
      lengthMonths: 96,
      sentencingCourt: 'Southwark Crown Court',
      sentenceDate: addCalendarDays(today, -200),
      probationRegion: UNIT,
    });
    // Six months of referrals: most reached within 20 working days, some late, one never.
    for (let month = 0; month < 6; month += 1) {
      const receivedOn = addCalendarDays(today, -30 * month - 35);
      await aCase(sentenceId, receivedOn, 4 + month);
      await aCase(sentenceId, receivedOn, month % 2 === 0 ? 12 : 26);
      if (month === 3) await aCase(sentenceId, receivedOn);
    }
    // The letters tell the victim of the parole hearing: the hearing is recorded on the sentence first.
    await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
      kind: 'parole-hearing-listed',
      date: addCalendarDays(today, -10),
      detail: { hearingDate: addCalendarDays(today, 90), hearingType: 'oral' },
    });
    // An eligible sentence nobody was referred for: a missed referral.
    await vlo.send('post', '/sentences', {
      sentenceId: randomUUID(),
      reference: `M${Math.floor(100000 + Math.random() * 899999)}`,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 48,
      sentencingCourt: 'Southwark Crown Court',
      sentenceDate: addCalendarDays(today, -40),
      probationRegion: UNIT,
    });
    const victim = await aCase(sentenceId, addCalendarDays(today, -3), 1);
    // In the scheme: the approved letter is then the service's to send (a referred victim's would be refused).
    await vlo.send('post', `/victims/${victim}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: today,
      victimLiaisonOfficerId: 'vlo-london',
    });
    await vlo.send('put', `/victims/${victim}/contact-preferences`, {
      updatedOn: today,
      channels: ['letter'],
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: false,
      personal: { address: { lines: ['3 Elm Row', 'London'], postcode: 'N1 9GU' }, language: 'en' },
    });
    letters.approve = await aLetter(vlo, victim);
    letters.return = await aLetter(vlo, victim);
    letters.own = await aLetter(manager, victim);
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('approves one letter, returns another with comments, is told the four-eyes rule on its own, and reads the charts', async () => {
    const record = new PageRecorder('manager');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london', { record });

    await activate(page, page.getByRole('link', { name: 'Letters to approve' }));
    await expectHeading(page, 'Letters to approve');
    for (let tries = 0; tries < 60 && (await page.locator('tbody tr').count()) < 3; tries += 1)
      await page.reload({ waitUntil: 'load' });
    const queue = await page.locator('tbody').innerText();
    expect(queue).toContain('No: you drafted or edited it');
    await record.record(page, 'letters-to-approve');

    // Oldest first: the first letter in the queue is the first one sent for approval.
    await activate(page, page.locator('tbody a').first());
    await page.waitForSelector('text=Approve and send');
    expect(page.url()).toContain(letters.approve);
    await record.record(page, 'letter-to-approve');
    const pdf = await page.request.get(`${letters.approve}/preview.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await activate(page, page.getByRole('button', { name: 'Approve and send' }));
    await expectHeading(page, 'Letter approved');
    // A letter drafted on its own is sent by the service once approved, through the same delivery as every letter.
    expect(await page.locator('main').innerText()).toContain('The service posts it to the victim.');
    await record.record(page, 'letter-approved');
    await activate(page, page.getByRole('link', { name: 'Continue' }));
    // The worker posts it: look again until the letter says so (queued until then).
    const sent = 'The service posted it to the victim.';
    for (let tries = 0; tries < 120 && !(await page.locator('main').innerText()).includes(sent); tries += 1)
      await page.reload({ waitUntil: 'load' });
    await page.waitForSelector(`text=${sent}`, { timeout: 5_000 });
    const letterPage = await page.locator('main').innerText();
    expect(letterPage).not.toContain('does not post');
    expect(letterPage).not.toContain('Not sent');
    await record.record(page, 'letter-sent');
    await page.goto('/outbox');
    await page.waitForSelector('table a', { timeout: 5_000 });
    expect(await page.locator('table').innerText()).toContain('Letter');
    await record.record(page, 'outbox');

    await page.goto(letters.return);
    await activate(page, page.getByRole('link', { name: 'Return it to the officer with comments' }));
    await expectHeading(page, 'Return the letter');
    await typeInto(page, page.locator('#comments'), 'Please say when the hearing is and how she can take part.');
    await record.record(page, 'return-letter');
    await activate(page, page.getByRole('button', { name: 'Return the letter' }));
    await expectHeading(page, 'Letter returned');

    await page.goto(letters.own);
    await page.waitForSelector('.govuk-warning-text');
    expect(await page.locator('.govuk-warning-text').innerText()).toContain('another manager must approve it');
    expect(await page.getByRole('button', { name: 'Approve and send' }).count()).toBe(0);
    await record.record(page, 'own-letter-four-eyes');

    await page.goto('/');
    await activate(page, page.getByRole('link', { name: 'How the unit is doing' }));
    await expectHeading(page, 'How the unit is doing');
    const charts = page.locator('.vcs-chart svg[role=img]');
    expect(await charts.count()).toBe(5);
    for (const title of [
      'First contact within 20 working days of referral',
      'Referrals and missed referrals',
      'Release and parole decisions: victims told the same working day',
      'Letters: days from draft to approval and from approval to sending',
      'Notifications that failed or fell back to a letter',
    ]) {
      expect(await page.locator(`svg title:text-is("${title}")`).count()).toBe(1);
      expect(await page.locator(`table caption:has-text("${title}")`).count()).toBe(1);
    }
    const firstContact = await page.locator('#first-contact ~ .app-table-scroll table').innerText();
    expect(firstContact).toMatch(/Contacted in time/);
    const referred = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#referrals ~ .app-table-scroll tbody tr')).reduce(
        (sum, row) => sum + Number(row.querySelectorAll('td')[0]?.textContent ?? 0),
        0,
      ),
    );
    expect(referred).toBe(14);
    await record.record(page, 'how-the-unit-is-doing');
    // The top of the dashboard as a person first sees it: docs/images/web-manager-dashboard.png is a copy.
    const top = ((await page.locator('h1').boundingBox())?.y ?? 0) - 30;
    const end = await page.locator('#referrals').boundingBox();
    await page.screenshot({
      path: join(SCREENSHOTS, 'manager-dashboard.png'),
      fullPage: true,
      clip: { x: 0, y: top, width: 1280, height: (end?.y ?? top + 1500) - top },
    });

    const csv = await page.request.get(
      (await page.locator('a:has-text("Download this table (CSV)")').first().getAttribute('href')) ?? '',
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(
      /^attachment; filename="first-contact-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv"$/,
    );
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Month,Referrals,Contacted in time,Late or not contacted,Not yet due,In time (%)');
    expect(lines).toHaveLength(13);
    expect(record.violations).toEqual([]);
  });

  it("puts the returned letter on the drafting officer's caseload, every task in plain English", async () => {
    const record = new PageRecorder('returned-letter');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    const returned = page.locator('tbody tr:has-text("Letter returned")');
    for (let tries = 0; tries < 60 && (await returned.count()) === 0; tries += 1)
      await page.reload({ waitUntil: 'load' });
    const row = await returned.innerText();
    expect(row).toContain(
      // The victim is in the scheme with vlo-london as their officer, so the task names them.
      "Letter returned: revise and resubmit the letter to Mary Sample (Parole hearing listed). Read the manager's comments",
    );
    expect(row).toContain(govukDate(englandAndWalesCalendar.addWorkingDays(londonToday(), 5)));
    expectNoCodes(await page.locator('main').innerText());
    await record.record(page, 'caseload');

    await activate(page, returned.locator('a:has-text("Letter returned")'));
    await page.waitForSelector('text=Please say when the hearing is');
    expect(page.url()).toContain(letters.return);
    expect(record.violations).toEqual([]);
  });

  it('tells the letters to approve apart: victim and case, what about, drafted by and on, returned before; oldest first', async () => {
    const [, , victimId, , letterId] = letters.return.split('/');
    await vlo.send('post', `/victims/${victimId}/letters/${letterId}/submission`);
    const record = new PageRecorder('letters-to-approve');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');
    await page.goto('/letters/review');
    await expectHeading(page, 'Letters to approve');
    for (let tries = 0; tries < 60 && (await page.locator('tbody tr').count()) < 2; tries += 1)
      await page.reload({ waitUntil: 'load' });
    const rows = await page.locator('tbody tr').allInnerTexts();
    const draftedOn = govukDate(londonToday());
    // The manager's own letter was sent for approval first; the returned one again just now.
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain('Mary Sample');
      expect(row).toContain(`Case ${caseReference}`);
      expect(row).toContain('Parole hearing listed');
      expect(row).toContain(draftedOn);
      expectNoCodes(row.replace(/\b(manager|vlo)-london\b/g, ''));
    }
    // Who drafted each, by name (the seeded people's: apps/dev-identity seeded-users.ts).
    expect(rows[0]).toMatch(/Jordan Blake[\s\S]*\bNo\b[\s\S]*No: you drafted or edited it/);
    expect(rows[1]).toContain('Alex Morgan');
    expect(rows[1]).toContain(`Yes, on ${draftedOn}`);
    expect(new URL(page.url()).search).toBe('');
    await record.record(page, 'letters-to-approve');
    expect(record.violations).toEqual([]);
  });

  it("allocates a case, opens one to another unit's officer and ends it, and transfers one, from the team's page", async () => {
    const record = new PageRecorder('team');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');
    await activate(page, page.getByRole('link', { name: 'Your team' }));
    await expectHeading(page, 'Your team');
    await page.waitForSelector('[aria-label="Cases not allocated"] tbody tr');
    expect(await page.locator('table caption:has-text("Open cases and tasks for each officer")').count()).toBe(1);
    const overdue = await page.locator('[aria-label="Overdue tasks"]').innerText();
    expect(overdue).toContain('Make first contact with the victim to offer the Victim Contact Scheme.');
    expectNoCodes(overdue);
    await record.record(page, 'your-team');
    const before = await page.locator('[aria-label="Cases not allocated"] tbody tr').count();

    await activate(page, page.locator('[aria-label="Cases not allocated"] tbody a:has-text("Allocate")').first());
    await expectHeading(page, 'Allocate to a victim liaison officer');
    // The choice offers the officers of the manager's unit.
    await page.locator('#victimLiaisonOfficerId').selectOption('vlo-london');
    await record.record(page, 'allocate');
    await activate(page, page.getByRole('button', { name: 'Allocate the case' }));
    await expectHeading(page, 'Case allocated');
    await activate(page, page.getByRole('link', { name: 'Continue' }));
    await page.waitForSelector('text=Open the case to someone in another unit');
    const caseUrl = page.url();
    expect(caseUrl).toMatch(/\/cases\/[0-9a-f-]{36}$/);

    await activate(page, page.getByRole('link', { name: 'Open the case to someone in another unit' }));
    await expectHeading(page, 'Open the case to someone in another unit');
    await typeInto(page, page.locator('#granteeUserId'), 'vlo-wales');
    await page.selectOption('#granteeUnit', 'wales');
    await page.check('input[name=reason][value=joint-working]');
    await typeInto(page, page.locator('#hours'), '48');
    await record.record(page, 'grant-access');
    await activate(page, page.getByRole('button', { name: 'Continue' }));
    await expectHeading(page, 'Check your answers');
    await activate(page, page.getByRole('button', { name: 'Open the case to them' }));
    await expectHeading(page, 'Case opened to them');

    await page.goto('/team');
    await expectHeading(page, 'Your team');
    expect(await page.locator('[aria-label="Cases not allocated"] tbody tr').count()).toBe(before - 1);
    const grants = page.locator('[aria-label="Cases opened across units"]');
    await grants.waitFor();
    // Never signed in, so the directory has no name for them: their user id, said to be one.
    expect(await grants.innerText()).toContain('vlo-wales (name not known), Wales');
    await record.record(page, 'your-team-with-grant');
    await activate(page, page.getByRole('button', { name: 'End access for vlo-wales (name not known)' }));
    await expectHeading(page, 'Access ended');
    await page.goto('/team');
    await expectHeading(page, 'Your team');
    expect(await page.locator('[aria-label="Cases opened across units"]').innerText()).toContain('Ended');

    await page.goto(caseUrl);
    await activate(page, page.getByRole('link', { name: 'Transfer the case to another unit' }));
    await expectHeading(page, 'Transfer the case to another unit');
    await page.selectOption('#toUnit', 'wales');
    await page.check('input[name=reason][value=victim-moved]');
    await record.record(page, 'transfer');
    await activate(page, page.getByRole('button', { name: 'Continue' }));
    await expectHeading(page, 'Check your answers');
    await activate(page, page.getByRole('button', { name: 'Transfer the case' }));
    await expectHeading(page, 'Case transferred');
    // The case is the other unit's now: to this manager it is as if it did not exist.
    const gone = await page.goto(caseUrl);
    expect(gone?.status()).toBe(404);
    expect(record.violations).toEqual([]);
  });

  it('says what is wrong with a month range in the error summary, keeping what was typed', async () => {
    const record = new PageRecorder('performance-months');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');
    await page.goto('/performance');
    await expectHeading(page, 'How the unit is doing');
    for (const [from, to, field, message] of [
      ['2026-06', '2026-01', 'from', 'The first month must be the same as the last month or before it'],
      ['June 2026', '', 'from', 'The first month must be a year and month written like 2026-01'],
      ['2026-01', '2026-13', 'to', 'The last month must be a year and month written like 2026-12'],
      ['2020-01', '2026-12', 'from', 'Ask for at most 36 months at a time'],
    ]) {
      await page.locator('#from').fill('');
      await page.locator('#to').fill('');
      if (from) await typeInto(page, page.locator('#from'), from);
      if (to) await typeInto(page, page.locator('#to'), to);
      const answer = page.waitForResponse((response) => response.url().includes('/performance?'));
      await activate(page, page.getByRole('button', { name: 'Show these months' }));
      expect((await answer).status()).toBe(400);
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.title()).toMatch(/^Error: How the unit is doing/);
      const summary = page.locator('.govuk-error-summary');
      expect(await summary.innerText()).toContain(message);
      expect(await summary.locator(`a[href="#${field}"]`).count()).toBe(1);
      expect(await page.locator(`#${field}-error`).innerText()).toContain(message);
      expect(await page.locator('#from').inputValue()).toBe(from);
      expect(await page.locator('#to').inputValue()).toBe(to);
      expect(await page.locator('.vcs-chart').count()).toBe(0);
    }
    await record.record(page, 'bad-month-range');
    const csv = await page.request.get('/performance/letters.csv?from=2026-06&to=2026-01', { maxRedirects: 0 });
    expect(csv.status()).toBe(302);
    expect(csv.headers().location).toBe('/performance?from=2026-06&to=2026-01');
    expect(record.violations).toEqual([]);
  });

  it('shows the charts at 400 % zoom (320 CSS pixels wide) without scrolling sideways', async () => {
    const context = await stack.browser.newContext({ baseURL: stack.webUrl, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, 'manager-london');
    const record = new PageRecorder('manager-zoom-400');
    await page.goto('/performance');
    await expectHeading(page, 'How the unit is doing');
    await record.record(page, 'how-the-unit-is-doing');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    expect(record.violations).toEqual([]);
  });
});
