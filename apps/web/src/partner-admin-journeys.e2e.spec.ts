import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parkedWork } from '@vcs/read-models';
import { activate, chooseRadio, PageRecorder, tabTo, typeInto } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(900_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const DAY_MS = 24 * 3600 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const reference = `P${Math.floor(100000 + Math.random() * 899999)}`;

/** Everything that could name, locate or contact the seeded victim, and the words a VLO kept back from partners. */
const VICTIM = {
  fullName: 'Jane Partnertest',
  dateOfBirth: '1981-04-23',
  address: { lines: ['12 Acacia Avenue', 'Bethnal Green'], postcode: 'E2 9QT' },
  phone: '07700 900123',
  email: 'jane.partnertest@example.org',
};
const UNDISCLOSED = {
  exclusionInHerWords: 'The streets around 12 Acacia Avenue and my work',
  nonContact: 'Her daughter Matilda Partnertest',
  statementInHerWords: 'He knows I live on Acacia Avenue and I am frightened.',
  meetingNote: 'Asks for the zone to take in the market where she works',
};
const DISCLOSED = {
  exclusionZone: 'Whitechapel town centre inside the inner ring road',
  statement: 'Since the offence I have not felt safe leaving the house after dark.',
};
const FORBIDDEN_ON_PARTNER_PAGES = [
  VICTIM.fullName,
  'Partnertest',
  VICTIM.dateOfBirth,
  '23 April 1981',
  ...VICTIM.address.lines,
  VICTIM.address.postcode,
  VICTIM.phone,
  VICTIM.email,
  ...Object.values(UNDISCLOSED),
];

interface Seeded {
  sentenceId: string;
  /** Has representations disclosed to both partners and sat in a MAPPA meeting; withdrew long ago: erased at the end. */
  erasedVictim: string;
  /** Withdrew long ago too: the administrator keeps this one's data for a stated reason. */
  keptVictim: string;
  position: string;
}

async function seed(stack: WebStack): Promise<Seeded> {
  const token = await stack.api.token('VLO', 'vlo-london', { units: ['london'] });
  let position = '';
  const send = async (path: string, body: object) => {
    const response = await request(stack.api.http).post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    position = response.body.position;
    return response.body as { representationId?: string };
  };
  const sentenceId = randomUUID();
  await send('/sentences', {
    sentenceId,
    reference,
    offenceCategory: 'specified-violent',
    offenceCausedDeath: false,
    sentenceType: 'extended-determinate',
    lengthMonths: 96,
    sentencingCourt: 'Snaresbrook Crown Court',
    sentenceDate: day(-300),
    probationRegion: 'london',
  });
  const refer = async (personal: object) => {
    const victimId = randomUUID();
    await send('/victims', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: day(-200),
      personal,
    });
    await send(`/victims/${victimId}/enrolment`, {
      sentenceId,
      scheme: 'vcs-statutory',
      enrolledOn: day(-190),
      victimLiaisonOfficerId: 'vlo-london',
    });
    return victimId;
  };
  const erasedVictim = await refer(VICTIM);
  const keptVictim = await refer({
    fullName: 'Kept Victimtest',
    address: { lines: ['1 Elm Row'], postcode: 'E3 4AA' },
  });

  const [exclusion, nonContact] = [randomUUID(), randomUUID()];
  const conditions = await send(`/victims/${erasedVictim}/representations`, {
    sentenceId,
    kind: 'licence-conditions',
    requestedConditions: [{ conditionId: exclusion, kind: 'exclusion-zone' }],
    sentTo: ['parole-board', 'mappa'],
    submittedOn: day(-150),
    personal: { conditionDescriptions: { [exclusion]: UNDISCLOSED.exclusionInHerWords } },
  });
  const statement = await send(`/victims/${erasedVictim}/representations`, {
    sentenceId,
    kind: 'victim-personal-statement',
    vpsPresentation: 'read-by-victim',
    sentTo: ['parole-board'],
    submittedOn: day(-149),
    personal: { statementText: UNDISCLOSED.statementInHerWords },
  });
  // Sent to MAPPA but never disclosed: it must not exist for either partner.
  await send(`/victims/${erasedVictim}/representations`, {
    sentenceId,
    kind: 'licence-conditions',
    requestedConditions: [{ conditionId: nonContact, kind: 'non-contact' }],
    sentTo: ['mappa'],
    submittedOn: day(-148),
    personal: { conditionDescriptions: { [nonContact]: UNDISCLOSED.nonContact } },
  });
  const disclose = (representationId: string | undefined, body: object) =>
    send(`/victims/${erasedVictim}/representations/${representationId}/disclosures`, {
      disclosedOn: day(-140),
      ...body,
    });
  for (const recipient of ['parole-board', 'mappa'])
    await disclose(conditions.representationId, {
      recipient,
      personal: { conditionDescriptions: { [exclusion]: DISCLOSED.exclusionZone } },
    });
  await disclose(statement.representationId, {
    recipient: 'parole-board',
    personal: { statementText: DISCLOSED.statement },
  });

  await send(`/sentences/${sentenceId}/milestones`, {
    kind: 'parole-hearing-listed',
    date: day(-130),
    detail: { hearingDate: day(90), hearingType: 'oral' },
  });
  const actionId = randomUUID();
  await send(`/sentences/${sentenceId}/inter-agency-meetings`, {
    kind: 'mappa',
    mappa: { category: 2, level: 2 },
    heldOn: day(-120),
    agenciesPresent: ['probation', 'police', 'victim-liaison-unit'],
    victimsConsidered: [{ victimId: erasedVictim, viewsPresented: true, outcome: 'licence-conditions-recommended' }],
    actions: [{ actionId, forVictimId: erasedVictim, ownerAgency: 'police', dueOn: day(-100) }],
    personal: { [erasedVictim]: { viewsPresented: UNDISCLOSED.meetingNote, notes: UNDISCLOSED.meetingNote } },
  });
  // A MAPPA meeting the police did not attend: the MAPPA partner (police) does not see it.
  await send(`/sentences/${sentenceId}/inter-agency-meetings`, {
    kind: 'mappa',
    mappa: { category: 2, level: 1 },
    heldOn: day(-110),
    agenciesPresent: ['probation', 'housing'],
    victimsConsidered: [{ victimId: erasedVictim, viewsPresented: false, outcome: 'no-change' }],
  });
  for (const victimId of [erasedVictim, keptVictim])
    await send(`/victims/${victimId}/withdrawal`, { withdrewOn: day(-100) });

  // The partner pages read without minPosition: wait here until the read models include everything above.
  for (const path of ['representations', 'inter-agency-meetings']) {
    await request(stack.api.http)
      .get(`/sentences/${sentenceId}/${path}?minPosition=${position}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  }
  return { sentenceId, erasedVictim, keptVictim, position };
}

/** Finds the sentence as a partner: the purpose is asked for (and refused when missing) before anything is shown. */
async function findSentence(page: Page, purpose: string, detail: string, record: PageRecorder): Promise<void> {
  await expectHeading(page, 'Find a sentence');
  await record.record(page, 'find-sentence');
  await typeInto(page, page.locator('#reference'), reference);
  await activate(page, page.getByRole('button', { name: 'Find the sentence' }));
  await expectHeading(page, 'Find a sentence');
  expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select why you are looking');
  await record.record(page, 'find-sentence-no-purpose');
  await chooseRadio(page, 'purpose', purpose);
  await typeInto(page, page.locator('#purposeDetail'), detail);
  await activate(page, page.getByRole('button', { name: 'Find the sentence' }));
  await expectHeading(page, `Case reference ${reference}`);
}

/**
 * Visits every same-origin page reachable by links from where the partner is, and fails on any text of the victim's
 * recorded details (or the words the VLO kept back) on any of them, and on the victim's id in any link.
 */
async function walkEveryLink(page: Page, seeded: Seeded, record: PageRecorder): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const seen = new Set<string>();
  const queue = [new URL(page.url()).pathname];
  const found: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    await record.record(page, `walk-${seen.size}`);
    const text = await page.locator('body').innerText();
    for (const value of FORBIDDEN_ON_PARTNER_PAGES) if (text.includes(value)) found.push(`${path}: ${value}`);
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      for (const id of [seeded.erasedVictim, seeded.keptVictim])
        if (href.includes(id)) found.push(`${path}: link to ${id}`);
      const url = new URL(href);
      if (url.origin !== origin || url.pathname.startsWith('/assets') || url.pathname === '/sign-out') continue;
      queue.push(url.pathname);
    }
  }
  expect(found).toEqual([]);
  return [...seen];
}

async function auditedPurposes(stack: WebStack, role: string): Promise<{ action: string; purpose: string }[]> {
  return stack.api.app
    .get(DataSource)
    .query(
      'SELECT DISTINCT action, purpose FROM access_audit WHERE role = $1 AND status = 200 ORDER BY action, purpose',
      [role],
    );
}

describeInBrowser('Parole Board, MAPPA partners and administrators, in Debian Chromium', () => {
  let stack: WebStack;
  let seeded: Seeded;
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    const context = await stack.newUser();
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    // A retention period of one month, checked every two seconds: the withdrawals above are due a review at once. The
    // worker on today's date (not a day ahead, as for letters): a review raised tomorrow could not be decided today.
    stack = await startWebStack({
      RETENTION_PERIOD_MONTHS: '1',
      RETENTION_CHECK_INTERVAL_MS: '2000',
      VCS_TEST_CLOCK_AHEAD_MS: '0',
    });
    seeded = await seed(stack);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stack?.close();
  });

  it('the Parole Board states a purpose, then reads only what was disclosed to it, and nothing on any page it can reach names or locates the victim', async () => {
    const record = new PageRecorder('parole-board');
    const page = await newPage();
    await signIn(page, 'parole-board', { landing: 'Find a sentence' });
    // Nothing is shown for a sentence before a purpose is given, even by its address.
    await page.goto(`/partner/sentences/${seeded.sentenceId}`);
    await expectHeading(page, 'Find a sentence');
    // Offered only the purposes the API lets the Parole Board give: never an administrator's.
    expect(
      await page
        .locator('input[name="purpose"]')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
    ).toEqual(['parole review', 'MAPPA meeting', 'safeguarding', 'complaint', 'legal claim']);
    await findSentence(page, 'parole review', 'PB-2026-0113', record);
    await record.record(page, 'sentence');

    const text = await page.locator('main').innerText();
    expect(text).toContain('recorded in the access audit');
    expect(text).toContain('parole review: PB-2026-0113');
    expect(text).toContain('Hearings');
    expect(text).toContain(DISCLOSED.exclusionZone);
    expect(text).toContain(DISCLOSED.statement);
    expect(text).not.toContain('MAPPA meeting on');
    expect(text).not.toContain('Non contact');
    expect(await page.locator('.govuk-summary-card').count()).toBe(2);

    const visited = await walkEveryLink(page, seeded, record);
    expect(visited).toEqual(expect.arrayContaining(['/partner', `/partner/sentences/${seeded.sentenceId}`]));
    expect(await auditedPurposes(stack, 'PAROLE_BOARD')).toEqual([
      { action: 'find sentence by reference', purpose: 'parole review: PB-2026-0113' },
      { action: 'read representations for partners', purpose: 'parole review: PB-2026-0113' },
      { action: 'read sentence key dates', purpose: 'parole review: PB-2026-0113' },
    ]);
    expect(record.violations).toEqual([]);
  });

  it('a MAPPA partner reads what was disclosed to MAPPA and the meetings their agency attended, without the notes, and nothing that leads to the victim', async () => {
    const record = new PageRecorder('mappa');
    const page = await newPage();
    await signIn(page, 'mappa-partner', { landing: 'Find a sentence' });
    await findSentence(page, 'MAPPA meeting', 'M-2026-04', record);
    await record.record(page, 'sentence');

    const text = await page.locator('main').innerText();
    expect(text).toContain('MAPPA meeting: M-2026-04');
    expect(text).toContain(DISCLOSED.exclusionZone);
    expect(text).not.toContain(DISCLOSED.statement);
    expect(text).toContain('Meetings your agency attended');
    expect(text).toContain('Category 2, level 2');
    // Only the meeting the police attended: not the one held without them.
    expect(await page.locator('h3:has-text("meeting on")').count()).toBe(1);
    expect(text).not.toContain('Category 2, level 1');
    // The disclosed licence conditions only: the undisclosed representation to MAPPA is not there at all.
    expect(await page.locator('.govuk-summary-card h3:has-text("Victim")').count()).toBe(1);

    await walkEveryLink(page, seeded, record);
    expect((await auditedPurposes(stack, 'MAPPA_PARTNER')).map((row) => row.action)).toEqual([
      'find sentence by reference',
      'read inter-agency meetings',
      'read representations for partners',
      'read sentence key dates',
    ]);
    expect(record.violations).toEqual([]);
  });

  it('an administrator keeps one record for a stated reason and erases another, downloads a subject access export and retries parked work; the erased victim then reads as erased on every page', async () => {
    const record = new PageRecorder('admin');
    const page = await newPage();
    await signIn(page, 'admin', { landing: 'Retention reviews' });
    // The worker raises the reviews within seconds of the withdrawals reaching it.
    const reviewOf = (victimId: string) => page.locator(`a[href="/admin/victims/${victimId}/retention-decision"]`);
    const deadline = Date.now() + 120_000;
    while ((await reviewOf(seeded.erasedVictim).count()) === 0 || (await reviewOf(seeded.keptVictim).count()) === 0) {
      if (Date.now() > deadline) throw new Error('the retention reviews were not raised');
      await page.reload();
    }
    await record.record(page, 'retention-reviews');

    await activate(page, reviewOf(seeded.keptVictim));
    await expectHeading(page, 'Decide the retention review');
    await activate(page, page.getByRole('button', { name: 'Record the decision' }));
    await expectHeading(page, 'Decide the retention review');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select whether to keep or erase');
    await record.record(page, 'decision-errors');
    await chooseRadio(page, 'decision', 'retain');
    await chooseRadio(page, 'basis', 'ongoing-proceedings');
    const [year, month, date] = day(400).split('-');
    await typeInto(page, page.locator('#retainUntil-day'), String(Number(date)));
    await typeInto(page, page.locator('#retainUntil-month'), String(Number(month)));
    await typeInto(page, page.locator('#retainUntil-year'), year);
    await typeInto(page, page.locator('#reviewReference'), 'RR-2026-21');
    await record.record(page, 'decision-keep');
    await activate(page, page.getByRole('button', { name: 'Record the decision' }));
    await expectHeading(page, 'Decision recorded: keep the personal data');
    await record.record(page, 'decision-kept');

    await page.goto('/admin/retention-reviews');
    await expectHeading(page, 'Retention reviews');
    expect(await reviewOf(seeded.keptVictim).count()).toBe(0);
    await activate(page, reviewOf(seeded.erasedVictim));
    await expectHeading(page, 'Decide the retention review');
    await chooseRadio(page, 'decision', 'erase');
    await typeInto(page, page.locator('#reviewReference'), 'RR-2026-22');
    await activate(page, page.getByRole('button', { name: 'Record the decision' }));
    await expectHeading(page, 'Are you sure you want to erase');
    const confirmation = await page.locator('main').innerText();
    expect(confirmation).toContain('What will happen');
    expect(confirmation).toContain('This cannot be undone');
    expect(await page.locator('#basis').isChecked()).toBe(true);
    expect(await page.locator('#requestReference').inputValue()).toBe('RR-2026-22');
    await record.record(page, 'erasure-confirmation');
    await activate(page, page.getByRole('button', { name: 'Erase the personal data' }));
    await expectHeading(page, 'Personal data erased');
    await record.record(page, 'erased');

    // Subject access, downloaded through the page: the kept victim's record in JSON and PDF.
    await activate(page, page.getByRole('link', { name: 'A victim’s record' }));
    await expectHeading(page, "A victim's record");
    await typeInto(page, page.locator('#victimId'), seeded.keptVictim);
    // Nothing is read before the administrator says why: the purpose is asked for, and refused when missing.
    await activate(page, page.getByRole('button', { name: 'Open the record' }));
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Select why you are opening the record');
    await record.record(page, 'find-record-no-purpose');
    await chooseRadio(page, 'purpose', 'subject access');
    await typeInto(page, page.locator('#purposeReference'), 'SAR-2026-017');
    await activate(page, page.getByRole('button', { name: 'Open the record' }));
    await expectHeading(page, "A victim's record");
    expect(await page.locator('main').innerText()).toMatch(/Personal data\s+Held/);
    await typeInto(page, page.locator('#requestReference'), 'SAR-2026-017');
    await record.record(page, 'victim-record');
    const download = async (button: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        activate(page, page.getByRole('button', { name: button })),
      ]);
      return readFileSync((await file.path())!);
    };
    const json = JSON.parse((await download('Download as JSON')).toString('utf8'));
    expect(JSON.stringify(json)).toContain('Kept Victimtest');
    expect((await download('Download as PDF')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The erased victim's export holds nothing of them any more.
    await page.goto(`/admin/victims/${seeded.erasedVictim}`);
    expect(await page.locator('main').innerText()).toMatch(/Personal data\s+Erased/);
    await typeInto(page, page.locator('#requestReference'), 'SAR-2026-018');
    const erasedExport = (await download('Download as JSON')).toString('utf8');
    for (const value of [VICTIM.fullName, VICTIM.email, VICTIM.address.postcode, DISCLOSED.statement])
      expect(erasedExport).not.toContain(value);
    // A record id that names no victim is "Page not found" (404), not an empty record: on its retention and erasure pages too.
    const unknownVictim = randomUUID();
    await page.goto(`/admin/victims/${unknownVictim}`);
    await expectHeading(page, "A victim's record");
    expect(await page.locator('#victimId').inputValue()).toBe(unknownVictim);
    await chooseRadio(page, 'purpose', 'erasure request');
    await activate(page, page.getByRole('button', { name: 'Open the record' }));
    await expectHeading(page, 'Page not found');
    for (const suffix of ['', '/retention-decision', '/erasure']) {
      const response = await page.goto(`/admin/victims/${unknownVictim}${suffix}`);
      expect({ suffix, status: response?.status() }).toEqual({ suffix, status: 404 });
      await expectHeading(page, 'Page not found');
    }
    await record.record(page, 'record-not-found');
    // Each read of a record is audited with the purpose the administrator started from: the retention reviews list
    // (deciding a review, then the erasure), the subject access request named on the find page or with the export,
    // the erasure request named on the find page (for an id that names no victim: 404, audited all the same).
    const recordReads: { victim: string; purpose: string; status: number }[] = await stack.api.app
      .get(DataSource)
      .query(
        `SELECT DISTINCT victim_ids[1]::text AS victim, purpose, status FROM access_audit WHERE role = 'ADMIN' AND action = 'read victim record'`,
      );
    const byVictim = (victim: string) =>
      recordReads
        .filter((read) => read.victim === victim)
        .map((read) => `${read.status} ${read.purpose}`)
        .sort();
    expect(byVictim(seeded.keptVictim)).toEqual(['200 retention review', '200 subject access: SAR-2026-017']);
    expect(byVictim(seeded.erasedVictim)).toEqual(['200 retention review', '200 subject access: SAR-2026-018']);
    expect(byVictim(unknownVictim)).toEqual(['404 erasure request', '404 retention review']);

    // Parked work: one parked stream, retried from the page.
    const [event] = await stack.api.store.readStream(`victim-${seeded.keptVictim}`);
    await parkedWork.park(
      stack.api.app.get(DataSource),
      'notification-planner',
      event,
      'failed',
      'TestFailure: parked by the browser test',
      5,
    );
    await page.goto('/');
    await activate(page, page.getByRole('link', { name: 'Parked work' }));
    await expectHeading(page, 'Parked work');
    expect(await page.locator('main').innerText()).toContain('TestFailure: parked by the browser test');
    await tabTo(page, page.locator('.app-table-scroll'));
    await record.record(page, 'parked-work');
    await activate(page, page.getByRole('button', { name: 'Retry notification-planner' }));
    await expectHeading(page, 'Retry asked for');
    expect(await page.locator('main').innerText()).toContain(
      '1 parked event is to be tried again by notification-planner',
    );
    await record.record(page, 'parked-work-retried');

    // Every page that shows the erased victim shows them as erased.
    await page.goto('/admin/retention-reviews');
    expect(await reviewOf(seeded.erasedVictim).count()).toBe(0);
    const vlo = await newPage();
    await vlo.goto('/');
    await vlo.waitForSelector('#username');
    await typeInto(vlo, vlo.locator('#username'), 'vlo-london');
    await typeInto(vlo, vlo.locator('#password'), 'password');
    await activate(vlo, vlo.getByRole('button', { name: 'Sign in' }));
    await expectHeading(vlo, 'My caseload');
    await vlo.goto(`/cases/${seeded.erasedVictim}`);
    await expectHeading(vlo, 'Personal data erased');
    const caseText = await vlo.locator('body').innerText();
    for (const value of [VICTIM.fullName, VICTIM.email, VICTIM.address.postcode]) expect(caseText).not.toContain(value);
    expect(await vlo.getByRole('link', { name: 'Record a contact' }).count()).toBe(0);
    await record.record(vlo, 'vlo-case-erased');
    for (const [username, purpose] of [
      ['parole-board', 'parole review'],
      ['mappa-partner', 'MAPPA meeting'],
    ]) {
      const partner = await newPage();
      await signIn(partner, username, { landing: 'Find a sentence' });
      await typeInto(partner, partner.locator('#reference'), reference);
      await chooseRadio(partner, 'purpose', purpose);
      await activate(partner, partner.getByRole('button', { name: 'Find the sentence' }));
      await expectHeading(partner, `Case reference ${reference}`);
      const partnerText = await partner.locator('main').innerText();
      expect(partnerText).toContain("This victim's personal data has been erased");
      expect(partnerText).not.toContain(DISCLOSED.exclusionZone);
      expect(partnerText).not.toContain(DISCLOSED.statement);
      await record.record(partner, `${username}-erased`);
    }
    expect(record.violations).toEqual([]);
  });

  it('reflows at 400 % zoom (320 CSS pixels wide) without scrolling sideways, on the partner and administrator pages', async () => {
    const record = new PageRecorder('zoom-400-partner-admin');
    const zoomed = async () => {
      const context = await stack.browser.newContext({ baseURL: stack.webUrl, viewport: { width: 320, height: 640 } });
      contexts.push(context);
      return context.newPage();
    };
    const overflowOf = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    const partner = await zoomed();
    await signIn(partner, 'parole-board', { landing: 'Find a sentence' });
    expect({ page: 'find', overflow: await overflowOf(partner) }).toEqual({ page: 'find', overflow: 0 });
    await typeInto(partner, partner.locator('#reference'), reference);
    await chooseRadio(partner, 'purpose', 'parole review');
    await activate(partner, partner.getByRole('button', { name: 'Find the sentence' }));
    await expectHeading(partner, `Case reference ${reference}`);
    await record.record(partner, 'partner-sentence');
    expect({ page: 'sentence', overflow: await overflowOf(partner) }).toEqual({ page: 'sentence', overflow: 0 });

    const [event] = await stack.api.store.readStream(`victim-${seeded.keptVictim}`);
    await parkedWork.park(stack.api.app.get(DataSource), 'zoom-check', event, 'failed', 'TestFailure: zoom check', 5);
    const admin = await zoomed();
    await signIn(admin, 'admin', { landing: 'Retention reviews' });
    for (const path of [
      '/admin/retention-reviews',
      '/admin/parked-work',
      '/admin/victims',
      `/admin/victims/${seeded.keptVictim}?for=retention-review`,
      `/admin/victims/${seeded.keptVictim}/retention-decision`,
      `/admin/victims/${seeded.keptVictim}/erasure`,
    ]) {
      await admin.goto(path);
      await admin.waitForSelector('h1');
      await record.record(admin, path.split('/').pop()!.slice(0, 20));
      expect({ path, overflow: await overflowOf(admin) }).toEqual({ path, overflow: 0 });
    }
    expect(record.violations).toEqual([]);
  });
});
