import { randomBytes } from 'node:crypto';
import { Server } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadEnvironment } from '@vcs/config';
import { createDevIdentityApp } from '../../apps/dev-identity/src/dev-identity.app';
import { SeededUser } from '../../apps/dev-identity/src/seeded-users';
import { log } from '../shared/bench-run';
import { Officer } from './officers';
import { BuiltService, LogLine } from './processes';

// scripts/start.js is CommonJS; its build step is the one `npm start` runs (swc into dist/ when the sources changed).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIfChanged } = require('../../scripts/start') as { buildIfChanged: () => void };

/** The ports `npm start` uses (and other engineers' services on this machine): never ours. */
const RESERVED_PORTS = new Set([3000, 3001, 3002, 3003]);

/** The API and the web service as `npm start` runs them (built, one process each), and the bench's identity provider. */
export interface PageStack {
  readonly webUrl: string;
  readonly apiUrl: string;
  readonly identityUrl: string;
  readonly redisPrefix: string;
  close(): Promise<void>;
}

/**
 * Builds dist/ if the sources changed, then starts the API and the web service from it on free ports (never 3000-3003),
 * with a Redis key prefix of their own, against `databaseUrl`. People sign in through the development identity
 * provider's own code (oidc-provider, the same keys, claims and tokens) run here with `officers` as its users, because
 * the seeded officers (`vlo-<unit>-<n>`) are not the provider's committed users. No worker runs: the read models were
 * rebuilt by bench/read-side, and a worker would send the history's due notifications (writes the pages do not make).
 */
export async function startPageStack(
  databaseUrl: string,
  officers: readonly Officer[],
  onLine: (service: 'api' | 'web', line: LogLine) => void,
  cpuProfileDir: string | undefined,
): Promise<PageStack> {
  const started = Date.now();
  buildIfChanged();
  log(`dist/ ready (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const [apiPort, webPort, identityPort] = [await freePort(), await freePort(), await freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const identityUrl = `http://127.0.0.1:${identityPort}`;
  const redisPrefix = `vcs-bench-web-${randomBytes(4).toString('hex')}`;
  const defaults = loadEnvironment({});
  const distinct = [...new Map(officers.map((officer) => [officer.username, officer])).values()];
  const users: SeededUser[] = distinct.map((officer) => ({
    username: officer.username,
    name: officer.username,
    authorities: [officer.role],
    units: [officer.unit],
  }));
  const identityApp = createDevIdentityApp({
    issuer: identityUrl,
    audience: defaults.AUTH_AUDIENCE,
    clientId: defaults.OIDC_CLIENT_ID,
    clientSecret: defaults.OIDC_CLIENT_SECRET,
    webBaseUrl: webUrl,
    users,
  });
  const identity = await new Promise<Server>((resolve) => {
    const server = identityApp.listen(identityPort, '127.0.0.1', () => resolve(server));
  });
  // A CPU profile of each service for the whole run (written when it stops), to see where a page's time goes.
  const profile = (name: string): string[] =>
    cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const shared = {
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    REDIS_KEY_PREFIX: redisPrefix,
    DEV_IDENTITY_PROVIDER_URL: identityUrl,
    WEB_BASE_URL: webUrl,
  };
  const api = new BuiltService(
    'api',
    join('dist', 'apps/api/src/main.js'),
    { ...shared, DATABASE_URL: databaseUrl, PORT: String(apiPort), MIGRATE_ON_START: 'false' },
    `${apiUrl}/health/liveness`,
    (line) => onLine('api', line),
    profile('api'),
  );
  const web = new BuiltService(
    'web',
    join('dist', 'apps/web/src/main.js'),
    { ...shared, WEB_PORT: String(webPort), API_URL: apiUrl, OIDC_ISSUER_URL: identityUrl },
    `${webUrl}/health`,
    (line) => onLine('web', line),
    profile('web'),
  );
  const close = async () => {
    await Promise.all([web.stop(), api.stop()]);
    await new Promise<void>((resolve) => identity.close(() => resolve()));
  };
  try {
    await Promise.all([api.start(), web.start()]);
  } catch (error) {
    await close();
    throw error;
  }
  log(`API ${apiUrl}, web ${webUrl}, identity ${identityUrl}, Redis prefix ${redisPrefix}`);
  return { webUrl, apiUrl, identityUrl, redisPrefix, close };
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const found = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(found));
      });
    });
    if (!RESERVED_PORTS.has(port)) return port;
  }
}
