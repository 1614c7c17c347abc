import { performance } from 'node:perf_hooks';

/** What one page load gave: status, the time to the full HTML, the web service's request id, the HTML. */
export interface PageLoad {
  readonly status: number;
  readonly ms: number;
  readonly requestId: string | undefined;
  readonly html: string;
}

const MAX_REDIRECTS = 20;

/**
 * One person's browser, as far as the server can tell: a cookie jar (one for the host, as browsers keep them: the web
 * service and the identity provider both run on 127.0.0.1, and cookies do not tell ports apart), redirects followed one by one, forms posted as a browser
 * posts them. No JavaScript, no assets: the pages work without them, and the bench measures the HTML.
 */
export class BrowserUser {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly username: string,
    private readonly password: string,
    private readonly webUrl: string,
  ) {}

  /**
   * The real sign-in: the web service's /sign-in (authorisation code with PKCE, state and nonce in its session), the
   * identity provider's sign-in page and form, consent, the callback, and back to `/`. Returns the whole time taken.
   */
  async signIn(): Promise<number> {
    const started = performance.now();
    let page = await this.follow(new URL('/sign-in?returnTo=%2F', this.webUrl));
    const form = /<form method="post" action="(\/interaction\/[^"]+\/sign-in)"/.exec(page.html);
    if (page.response.status !== 200 || !form)
      throw new Error(`${this.username}: no sign-in form at ${page.url.pathname} (${page.response.status})`);
    page = await this.follow(new URL(form[1], page.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: this.username, password: this.password }).toString(),
    });
    if (page.url.origin !== new URL(this.webUrl).origin || page.response.status !== 200)
      throw new Error(
        `${this.username}: sign-in ended at ${page.url.origin}${page.url.pathname} with ${page.response.status}`,
      );
    return performance.now() - started;
  }

  /** One page, timed from sending the request to the last byte of the HTML; no redirect followed. */
  async load(path: string): Promise<PageLoad> {
    const url = new URL(path, this.webUrl);
    const started = performance.now();
    const response = await fetch(url, { headers: this.headersFor(), redirect: 'manual' });
    const html = await response.text();
    const ms = performance.now() - started;
    this.keepCookies(response);
    return { status: response.status, ms, requestId: response.headers.get('x-request-id') ?? undefined, html };
  }

  private async follow(
    start: URL,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<{ url: URL; response: Response; html: string }> {
    let url = start;
    let request = init;
    for (let hop = 0; hop < MAX_REDIRECTS; hop++) {
      const response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: { ...request.headers, ...this.headersFor() },
        body: request.body,
        redirect: 'manual',
      });
      this.keepCookies(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        url = new URL(location, url);
        request = {}; // a 302/303 after a POST is followed with a GET
        continue;
      }
      return { url, response, html: await response.text() };
    }
    throw new Error(`${this.username}: more than ${MAX_REDIRECTS} redirects from ${start.pathname}`);
  }

  private headersFor(): Record<string, string> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { accept: 'text/html', ...(cookie ? { cookie } : {}) };
  }

  /** Keeps (or, when expired, forgets) each cookie set; paths are not told apart, names do not collide here. */
  private keepCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals < 1) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, raw = ''] = attribute.split('=').map((part) => part.trim());
        if (/^max-age$/i.test(key)) return Number(raw) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(raw) <= Date.now();
        return false;
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
