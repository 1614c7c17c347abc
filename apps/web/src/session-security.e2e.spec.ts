import { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { chromiumInstalled, startWebStack, WebStack } from './testing/web-stack';

// The browser signs in (the identity provider's pages); the rest is plain HTTP with the session cookie it got.
jest.setTimeout(600_000);
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;
if (!chromiumInstalled())
  process.stderr.write('web browser tests skipped: Chromium is not installed (bash scripts/ensure-browser.sh)\n');

const IDLE_SECONDS = 30;
const reference = `C${Math.floor(100000 + Math.random() * 899999)}`;

async function signIn(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.fill('#username', username);
  await page.fill('#password', 'password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('h1:has-text("My caseload")', { timeout: 60_000 });
  return page;
}

async function csrfTokenOn(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1];
  if (!token) throw new Error(`no CSRF token on ${path}`);
  return token;
}

const sentenceAnswers = {
  reference,
  offenceCategory: 'specified-violent',
  offenceCausedDeath: 'no',
  sentenceType: 'extended-determinate',
  lengthMonths: '96',
  sentencingCourt: 'Snaresbrook Crown Court',
  'sentenceDate-day': '1',
  'sentenceDate-month': '9',
  'sentenceDate-year': '2026',
  probationRegion: 'london',
};

describeInBrowser('the session: CSRF on every form and the idle timeout', () => {
  let stack: WebStack;

  beforeAll(async () => {
    stack = await startWebStack({}, { SESSION_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS) });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('refuses a form post without the CSRF token or with a wrong one (403, nothing recorded) and accepts the right one', async () => {
    const context = await stack.newUser();
    await signIn(context, 'vlo-london');
    const request = context.request;
    const token = await csrfTokenOn(request, '/sentences/new');
    const headBefore = await stack.api.store.headPosition();

    // Without a token, the answers are not even kept for the check-your-answers page.
    const missing = await request.post('/sentences/new', { form: sentenceAnswers, maxRedirects: 0 });
    expect(missing.status()).toBe(403);
    expect(await missing.text()).toContain('This form has expired');
    const nothingKept = await request.get('/sentences/new/check', { maxRedirects: 0 });
    expect(nothingKept.status()).toBe(302);
    expect(nothingKept.headers().location).toBe('/sentences/new');

    // With the right token the answers wait on the check page; confirming them without or with a wrong token is refused.
    const kept = await request.post('/sentences/new', { form: { ...sentenceAnswers, _csrf: token }, maxRedirects: 0 });
    expect(kept.status()).toBe(302);
    expect(kept.headers().location).toBe('/sentences/new/check');
    const wrongForms: Record<string, string>[] = [{}, { _csrf: 'not-the-token' }, { _csrf: `${token}x` }];
    for (const form of wrongForms) {
      const refused = await request.post('/sentences/new/check', { form, maxRedirects: 0 });
      expect(refused.status()).toBe(403);
      expect(await refused.text()).toContain('This form has expired');
    }
    // A token from another session is as wrong as a made-up one.
    const otherContext = await stack.newUser();
    await signIn(otherContext, 'vlo-london');
    const othersToken = await csrfTokenOn(otherContext.request, '/sentences/new');
    const crossSession = await request.post('/sentences/new/check', { form: { _csrf: othersToken }, maxRedirects: 0 });
    expect(crossSession.status()).toBe(403);
    expect(await stack.api.store.headPosition()).toEqual(headBefore);

    // The same request with the session's token goes through: the refusals above were the token's doing.
    const accepted = await request.post('/sentences/new/check', { form: { _csrf: token }, maxRedirects: 0 });
    expect(accepted.status()).toBe(302);
    const recorded = (await stack.api.store.readAll({ after: headBefore })).filter((event) =>
      JSON.stringify(event.data).includes(reference),
    );
    expect(recorded.length).toBeGreaterThan(0);
    await otherContext.close();
    await context.close();
  });

  it('warns before the idle timeout and then ends the session, so the next request goes to sign in', async () => {
    const context = await stack.newUser();
    const page = await signIn(context, 'vlo-london');
    const signedInAt = Date.now();
    const warning = page.locator('#idle-warning');
    await expect(warning.textContent()).resolves.toContain(`signed out after ${IDLE_SECONDS} seconds`);

    // The warning comes half-way (two minutes before, for timeouts of four minutes or more), without a request.
    await page.waitForSelector('#idle-warning[role="alert"]', { timeout: IDLE_SECONDS * 1000 });
    expect(Date.now() - signedInAt).toBeGreaterThanOrEqual((IDLE_SECONDS / 2) * 1000 - 1000);
    expect(await warning.textContent()).toContain(`You will be signed out in ${IDLE_SECONDS / 2} seconds`);

    // Until the timeout, the session is alive; each request restarts the clock.
    const alive = await context.request.get('/', { maxRedirects: 0 });
    expect(alive.status()).toBe(200);
    expect(await alive.text()).toContain('My caseload');
    const lastRequestAt = Date.now();

    await page.waitForTimeout(lastRequestAt + (IDLE_SECONDS + 3) * 1000 - Date.now());
    const afterIdle = await context.request.get('/', { maxRedirects: 0 });
    expect(afterIdle.status()).toBe(302);
    expect(afterIdle.headers().location).toMatch(/^\/sign-in/);
    // The browser, too, goes through sign-in (the identity provider may still know the person and send them straight back).
    const visited: string[] = [];
    page.on('request', (sent) => visited.push(new URL(sent.url()).pathname));
    await page.reload();
    await page.waitForLoadState('load');
    expect(visited).toContain('/sign-in');
    await context.close();
  });
});
