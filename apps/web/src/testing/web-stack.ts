import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, chromium } from 'playwright-core';
import { projectRoot } from '@vcs/config';
import { ApiHarness, currentRun, startApi, TEST_REDIS_URL } from '@vcs/test-support';
import { freePort, WorkerProcess } from '../../../../test/support/worker-process/worker-process';
import { ServiceProcess } from './service-process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where each run's screenshots go (git-ignored): a person can look at every page the tests visited. */
export const SCREENSHOTS = join(projectRoot(), 'test-output/web');
const DAY_MS = 24 * 3600 * 1000;

/** The whole service as `npm start` runs it, on this test run's database and Redis, and Debian's Chromium to drive it. */
export interface WebStack {
  readonly api: ApiHarness;
  readonly webUrl: string;
  readonly browser: Browser;
  newUser(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export const chromiumInstalled = (): boolean => existsSync(CHROMIUM);

/**
 * `workerEnvironment` adds to the worker's settings (e.g. a short retention period for the administrator's journey),
 * `webEnvironment` to the web service's (e.g. a short idle timeout).
 */
export async function startWebStack(
  workerEnvironment: Record<string, string> = {},
  webEnvironment: Record<string, string> = {},
): Promise<WebStack> {
  const [apiPort, webPort, identityPort, workerPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const identityUrl = `http://127.0.0.1:${identityPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const redisPrefix = `${currentRun().redisPrefix}:web-${randomUUID().slice(0, 8)}`;
  const api = await startApi({
    REDIS_KEY_PREFIX: redisPrefix,
    DEV_IDENTITY_PROVIDER_URL: identityUrl,
    RATE_LIMIT_PER_TOKEN: '1000000',
    RATE_LIMIT_PER_IP: '1000000',
  });
  await api.app.listen(apiPort, '127.0.0.1');
  const shared = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: redisPrefix,
    LOG_LEVEL: 'info',
    DEV_IDENTITY_PROVIDER_URL: identityUrl,
    WEB_BASE_URL: webUrl,
  };
  const worker = new WorkerProcess(
    {
      ...shared,
      DATABASE_URL: api.database.url,
      MIGRATE_ON_START: 'false',
      DATABASE_POOL_SIZE: '4',
      EVENT_STORE_POLL_INTERVAL_MS: '200',
      NOTIFICATION_CHANNEL: 'outbox',
      NOTIFICATION_BACKOFF_MS: '200',
      // Letters are due from 09:00 London on a working day: a day ahead, they are due whatever the hour the test runs at.
      VCS_TEST_CLOCK_AHEAD_MS: String(DAY_MS),
      ...workerEnvironment,
    },
    workerPort,
  );
  const identity = new ServiceProcess(
    'apps/dev-identity/src/main.ts',
    shared,
    `${identityUrl}/.well-known/openid-configuration`,
  );
  const web = new ServiceProcess(
    'apps/web/src/main.ts',
    {
      ...shared,
      WEB_PORT: String(webPort),
      API_URL: `http://127.0.0.1:${apiPort}`,
      OIDC_ISSUER_URL: identityUrl,
      ...webEnvironment,
    },
    `${webUrl}/health`,
  );
  await Promise.all([worker.start(120_000), identity.start(), web.start()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    api,
    webUrl,
    browser,
    newUser: () => browser.newContext({ baseURL: webUrl, viewport: { width: 1280, height: 900 } }),
    close: async () => {
      await browser.close().catch(() => undefined);
      await Promise.all([web.stop(), identity.stop(), worker.stop()]);
      await api.close();
    },
  };
}
