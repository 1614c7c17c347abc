import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { createDevIdentityApp } from './dev-identity.app';

/** The development identity provider: the embedded default's sign-in. Refuses to run in production. */
function main(): void {
  const environment = loadEnvironmentOrExit();
  const log = createLogger({ level: environment.LOG_LEVEL, service: 'dev-identity' });
  if (environment.NODE_ENV === 'production' || environment.DEV_IDENTITY_PROVIDER !== 'true') {
    process.stderr.write(
      'dev-identity refuses to start: the development identity provider never runs in production (DEV_IDENTITY_PROVIDER=false)\n',
    );
    process.exit(78);
  }
  const url = new URL(environment.DEV_IDENTITY_PROVIDER_URL);
  const app = createDevIdentityApp({
    issuer: environment.DEV_IDENTITY_PROVIDER_URL,
    audience: environment.AUTH_AUDIENCE,
    clientId: environment.OIDC_CLIENT_ID,
    clientSecret: environment.OIDC_CLIENT_SECRET,
    webBaseUrl: environment.WEB_BASE_URL,
  });
  // On HOST (loopback by default; 0.0.0.0 in a container, so the published port and the other containers reach it).
  const server = app.listen(Number(url.port), environment.HOST, () =>
    log.info({ issuer: environment.DEV_IDENTITY_PROVIDER_URL }, 'development identity provider listening'),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
