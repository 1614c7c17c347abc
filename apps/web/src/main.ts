import { createLogger, loadEnvironmentOrExit, sessionIdleTimeoutSeconds, webProductionProblems } from '@vcs/config';
import Redis from 'ioredis';
import { OidcClient } from './auth/oidc-client';
import { createWebApp } from './web.app';

/** The caseworker web service. */
function main(): void {
  const environment = loadEnvironmentOrExit();
  const problems = webProductionProblems(environment);
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`configuration error: ${problem}\n`);
    process.exit(78);
  }
  const log = createLogger({ level: environment.LOG_LEVEL, service: 'web' });
  const oidc = new OidcClient({
    issuerUrl: environment.OIDC_ISSUER_URL,
    clientId: environment.OIDC_CLIENT_ID,
    clientSecret: environment.OIDC_CLIENT_SECRET,
    redirectUri: `${environment.WEB_BASE_URL}/sign-in/callback`,
    postSignOutUri: `${environment.WEB_BASE_URL}/signed-out`,
    allowHttp: environment.NODE_ENV !== 'production',
  });
  const redis = new Redis(environment.REDIS_URL, { maxRetriesPerRequest: 3 });
  const app = createWebApp({
    apiUrl: environment.API_URL,
    webBaseUrl: environment.WEB_BASE_URL,
    oidc,
    identityProviderOrigin: new URL(environment.OIDC_ISSUER_URL).origin,
    redis,
    redisKeyPrefix: environment.REDIS_KEY_PREFIX,
    sessionSecret: environment.SESSION_SECRET,
    idleTimeoutSeconds: sessionIdleTimeoutSeconds(environment),
    log,
  });
  const server = app.listen(environment.WEB_PORT, environment.HOST, () =>
    log.info({ host: environment.HOST, port: environment.WEB_PORT }, 'web listening'),
  );
  const stop = () => server.close(() => redis.quit().finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
