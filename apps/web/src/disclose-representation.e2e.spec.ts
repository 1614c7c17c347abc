import { Page } from 'playwright-core';
import { PageRecorder } from './testing/page-checks';
import { seedCase } from './testing/seed-case';
import { expectHeading, signIn } from './testing/sign-in';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const reference = `D${Math.floor(100000 + Math.random() * 899999)}`;
const VICTIM = { fullName: 'Dorothea Disclosetest', addressLine: '12 Larchmont Row' };
/** What the victim said, as the VLO records it: it names and locates her. */
const STATEMENT = `My name is ${VICTIM.fullName} and I live at ${VICTIM.addressLine}, E3 4AA. Since the offence I am afraid to leave the house.`;
/** The version the VLO approves for the Parole Board: the screen still flags "Mr Grey" as a name, which the VLO confirms. */
const DISCLOSED = 'Since the offence I am afraid to leave the house. I ask the Panel to keep Mr Grey away from me.';
/** Nothing of these may reach a partner. */
const IDENTIFYING = ['Dorothea', 'Disclosetest', 'Larchmont', 'E3 4AA', 'My name is'];

/** The text of the summary list row with this key on the page. */
const rowValue = (page: Page, key: string) =>
  page
    .locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: key }) })
    .locator('dd')
    .first();

describeInBrowser('disclosing a representation to a partner, in Debian’s Chromium', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('a VLO submits a statement on the web, discloses an approved version to the Parole Board after the screen’s findings, and the Parole Board reads exactly that', async () => {
    const { victimId } = await seedCase(stack, reference, { victim: VICTIM });
    const record = new PageRecorder('disclose');
    const vlo = await (await stack.newUser()).newPage();
    await signIn(vlo, 'vlo-london');

    // The VLO records the victim's statement, made for the Parole Board.
    await vlo.goto(`/cases/${victimId}`);
    await vlo.getByRole('link', { name: 'Submit a representation' }).click();
    await expectHeading(vlo, 'Submit a representation');
    await vlo.check('input[name="kind"][value="victim-personal-statement"]');
    await vlo.check('input[name="vpsPresentation"][value="written-only"]');
    await vlo.fill('#statementText', STATEMENT);
    await vlo.check('input[name="sentTo"][value="parole-board"]');
    await vlo.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(vlo, 'Check your answers');
    await vlo.getByRole('button', { name: 'Submit the representation' }).click();
    await expectHeading(vlo, 'Representation submitted');
    // Not "the decision makers can read it": nobody outside the service reads it before it is disclosed.
    expect(await vlo.locator('main').innerText()).toContain('No partner can read it yet');
    await vlo.getByRole('link', { name: 'Continue' }).click();

    // The case lists it, not yet disclosed, with the action.
    await expectHeading(vlo, VICTIM.fullName);
    const card = vlo.locator('.govuk-summary-card', { hasText: 'Victim Personal Statement, submitted' });
    expect(await card.innerText()).toContain('Not disclosed: no partner can read it yet');
    expect(await card.innerText()).toMatch(/Made for\s+the Parole Board/);
    await record.record(vlo, 'case-not-disclosed');
    await card.getByRole('link', { name: /Disclose to a partner/ }).click();

    // The form starts from the victim's words; disclosed as they are, the screen flags them.
    await expectHeading(vlo, 'Disclose to a partner');
    expect(await vlo.inputValue('#statementText')).toBe(STATEMENT);
    expect(
      await vlo
        .locator('input[name="recipient"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['parole-board']);
    await record.record(vlo, 'form');
    // No partner chosen: on "Continue" the API checks it without recording it (validate-only) and refuses it, named
    // on the field, on the form itself before check your answers, with what was typed kept.
    const formPath = new URL(vlo.url()).pathname;
    await vlo.getByRole('button', { name: 'Continue' }).click();
    await vlo.waitForSelector('.govuk-error-summary');
    await expectHeading(vlo, 'Disclose to a partner');
    expect(new URL(vlo.url()).pathname).toBe(formPath);
    expect(await vlo.locator('h1').innerText()).not.toContain('Check your answers');
    expect(await vlo.locator('.govuk-error-summary').innerText()).toMatch(
      /Select an answer for ‘Who to disclose it to’/,
    );
    expect(await vlo.inputValue('#statementText')).toBe(STATEMENT);
    await record.record(vlo, 'form-no-recipient');
    // The screen's findings in the victim's words are on check your answers from the start, to change or confirm.
    await vlo.check('input[name="recipient"][value="parole-board"]');
    await vlo.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(vlo, 'Check your answers');
    expect(await rowValue(vlo, 'The statement as the partner will read it').innerText()).toBe(STATEMENT);
    const findings = await vlo.locator('.govuk-checkboxes').innerText();
    for (const finding of ['The victim’s name', 'person’s name', 'The victim’s recorded address', 'A postcode'])
      expect(findings).toContain(finding);
    expect(await vlo.locator('.govuk-error-summary').innerText()).toContain('The text may name or locate someone');
    await record.record(vlo, 'check-flagged');
    // Disclosing without confirming them is refused, and nothing is disclosed.
    await vlo.getByRole('button', { name: 'Disclose to the Parole Board' }).click();
    await expectHeading(vlo, 'Check your answers');
    expect(await vlo.locator('.govuk-error-summary').innerText()).toContain('The text may name or locate someone');

    // The VLO changes the text; the screen still finds a name (the offender's), which the VLO checks and confirms.
    await vlo.getByRole('link', { name: /Change.*statement/ }).click();
    await expectHeading(vlo, 'Disclose to a partner');
    await vlo.fill('#statementText', DISCLOSED);
    await vlo.getByRole('button', { name: 'Continue' }).click();
    await expectHeading(vlo, 'Check your answers');
    expect(
      await vlo
        .locator('input[name="confirmedFlags"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['name']);
    await vlo.check('input[name="confirmedFlags"][value="name"]');
    await vlo.getByRole('button', { name: 'Disclose to the Parole Board' }).click();
    await expectHeading(vlo, 'Representation disclosed');
    expect(await vlo.locator('main').innerText()).toContain('The Parole Board can now read the version you approved');
    await record.record(vlo, 'disclosed');
    await vlo.getByRole('link', { name: 'Continue' }).click();
    await expectHeading(vlo, VICTIM.fullName);
    expect(await card.innerText()).toMatch(
      /Disclosed to the Parole Board on \d{1,2} \w+ \d{4}, approved by Alex Morgan/,
    );
    await record.record(vlo, 'case-disclosed');

    // The Parole Board reads exactly the approved version, and nothing that names or locates the victim.
    const parole = await (await stack.newUser()).newPage();
    await signIn(parole, 'parole-board', { landing: 'Find a sentence' });
    await parole.fill('#reference', reference);
    await parole.check('input[name="purpose"][value="parole review"]');
    await parole.getByRole('button', { name: 'Find the sentence' }).click();
    await expectHeading(parole, `Case reference ${reference}`);
    expect(await parole.locator('.vcs-user-bar__name').innerText()).toMatch(/\(Parole Board\)$/);
    expect(await rowValue(parole, 'Statement').innerText()).toBe(DISCLOSED);
    const partnerText = await parole.locator('body').innerText();
    for (const detail of IDENTIFYING)
      expect({ detail, shown: partnerText.includes(detail) }).toEqual({ detail, shown: false });
    await record.record(parole, 'parole-board-reads');

    expect(record.violations).toEqual([]);
  });
});
