import { randomUUID } from 'node:crypto';
import { Page } from 'playwright-core';
import { ApiSeed } from './testing/api-seed';
import { activate, chooseRadio, PageRecorder, typeInto } from './testing/page-checks';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// A real browser on a loaded two-core machine: every wait is for a condition, none is a fixed sleep.
jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `R${Math.floor(100000 + Math.random() * 899999)}`;
const VICTIM = 'Rosalind Allocatest';
const TEAM_VICTIM = 'Tobias Teamtest';

/** The number beside a caseload heading's words ("3 open cases"). */
async function countOf(page: Page, words: string): Promise<number> {
  const text = await page.locator(`p:has-text("${words}") .vcs-count`).innerText();
  return Number(text);
}

describeInBrowser('a referral a VLO records is theirs, in Debian’s Chromium', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
    const vlo = await ApiSeed.as(stack.api, 'VLO', 'vlo-london', 'london');
    // vlo-wales works in Wales: the service knows them from their calls.
    const wales = await ApiSeed.as(stack.api, 'VLO', 'vlo-wales', 'wales');
    await wales.send('post', '/sentences', {
      sentenceId: randomUUID(),
      reference: `R${Math.floor(100000 + Math.random() * 899999)}`,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 48,
      sentencingCourt: 'Cardiff Crown Court',
      sentenceDate: '2026-09-01',
      probationRegion: 'wales',
    });
    await vlo.send('post', '/sentences', {
      sentenceId: randomUUID(),
      reference,
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 48,
      sentencingCourt: 'Snaresbrook Crown Court',
      sentenceDate: '2026-09-01',
      probationRegion: 'london',
    });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('records a referral, then finds the victim on My caseload and by searching my victims by name', async () => {
    const record = new PageRecorder('referral-allocation');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'vlo-london');
    const openBefore = await countOf(page, 'open cases');

    await activate(page, page.getByRole('link', { name: 'Record a referral' }));
    await expectHeading(page, 'Record a referral');
    // The officer recording the referral takes the case on unless they choose otherwise.
    expect(await page.locator('input[name=allocation][value=me]').isChecked()).toBe(true);
    await typeInto(page, page.locator('#sentenceReference'), reference);
    await typeInto(page, page.locator('#fullName'), VICTIM);
    await chooseRadio(page, 'referredFor', 'vcs');
    await chooseRadio(page, 'source', 'witness-care-unit');
    await chooseRadio(page, 'circumstance', 'adult-victim');
    await record.record(page, 'record-referral');
    await activate(page, page.getByRole('button', { name: 'Record the referral' }));
    await expectHeading(page, 'Referral recorded');
    await activate(page, page.getByRole('link', { name: 'Continue' }));
    await expectHeading(page, VICTIM);

    await page.goto('/');
    await expectHeading(page, 'My caseload');
    const tasks = page.locator('[aria-label="Tasks due"]');
    await tasks.waitFor();
    expect(await tasks.innerText()).toContain(VICTIM);
    expect(await countOf(page, 'open cases')).toBe(openBefore + 1);
    await record.record(page, 'caseload');

    await typeInto(page, page.locator('#search'), 'allocatest');
    await activate(page, page.getByRole('button', { name: 'Search' }));
    await expectHeading(page, 'Search my victims');
    expect(await page.locator('table').innerText()).toContain(VICTIM);
    await record.record(page, 'search');

    expect(record.violations).toEqual([]);
  });

  it('lets a manager leave a referral for the team, offers only their unit’s officers, and says plainly why another unit’s is refused', async () => {
    const record = new PageRecorder('manager-allocation');
    const page = await (await stack.newUser()).newPage();
    await signIn(page, 'manager-london');

    await page.goto('/referrals/new');
    await expectHeading(page, 'Record a referral');
    expect(await page.locator('input[name=allocation][value=unallocated]').isChecked()).toBe(true);
    await typeInto(page, page.locator('#sentenceReference'), reference);
    await typeInto(page, page.locator('#fullName'), TEAM_VICTIM);
    await chooseRadio(page, 'referredFor', 'vcs');
    await chooseRadio(page, 'source', 'witness-care-unit');
    await chooseRadio(page, 'circumstance', 'adult-victim');
    await record.record(page, 'record-referral');
    await activate(page, page.getByRole('button', { name: 'Record the referral' }));
    await expectHeading(page, 'Referral recorded');

    await page.goto('/team');
    await expectHeading(page, 'Your team');
    const unallocated = page.locator('[aria-label="Cases not allocated"]');
    await unallocated.waitFor();
    expect(await unallocated.innerText()).toContain(TEAM_VICTIM);
    await activate(page, unallocated.locator(`a:has-text("Allocate ${TEAM_VICTIM}")`));
    await expectHeading(page, 'Allocate to a victim liaison officer');
    const offered = await page.locator('#victimLiaisonOfficerId option').allInnerTexts();
    // By name: vlo-london is Alex Morgan (seeded-users.ts); nobody of Wales.
    expect(offered).toContain('Alex Morgan');
    expect(offered.join(' ')).not.toMatch(/vlo-wales|Rhian Evans/);
    await record.record(page, 'allocate');

    // An officer who moved to another unit after the page was drawn: the API refuses, the page says why.
    await page.locator('#victimLiaisonOfficerId').evaluate((select: HTMLSelectElement) => {
      select.add(new Option('vlo-wales', 'vlo-wales'));
      select.value = 'vlo-wales';
    });
    await activate(page, page.getByRole('button', { name: 'Allocate the case' }));
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain(
      'This officer is not known in the unit that holds this case. Choose an officer of that unit, or transfer the case first.',
    );
    await record.record(page, 'allocate-refused');

    await page.locator('#victimLiaisonOfficerId').selectOption('vlo-london');
    await activate(page, page.getByRole('button', { name: 'Allocate the case' }));
    await expectHeading(page, 'Case allocated');
    expect(record.violations).toEqual([]);
  });
});
