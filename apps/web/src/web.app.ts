import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { Express, NextFunction, Request, Response } from 'express';
import nunjucks from 'nunjucks';
import Redis from 'ioredis';
import { Logger } from 'pino';
import { OidcClient } from './auth/oidc-client';
import { requireSignIn } from './auth/signed-in-user';
import { signInRoutes } from './auth/sign-in.routes';
import { csrfProtection, csrfTokenLocal } from './http/csrf';
import { requestLog } from './http/request-log';
import { cspNonce, noStore, securityHeaders } from './http/security-headers';
import { idleTimeoutLocals, sessions } from './http/session';
import { homeForRole, navigation } from './http/navigation';
import { registerFilters } from './views/filters';
import { pageRoutes } from './routes';
import { ApiRefusal } from './data/api-client';

export interface WebAppOptions {
  readonly apiUrl: string;
  readonly webBaseUrl: string;
  readonly oidc: OidcClient;
  readonly identityProviderOrigin: string;
  readonly redis: Redis;
  readonly redisKeyPrefix: string;
  readonly sessionSecret: string;
  readonly idleTimeoutSeconds: number;
  readonly log: Logger;
}

/** apps/web from the sources, dist/apps/web from the build (scripts/build.js copies the templates and assets there). */
const SOURCE = join(__dirname, '..');
const ROOT = packagesRoot();
const SESSION_COOKIE = (secure: boolean) => (secure ? '__Host-vcs-session' : 'vcs-session');

/** The caseworker web service: server-rendered GOV.UK pages over the API, acting with the signed-in person's token. */
export function createWebApp(options: WebAppOptions): Express {
  const app = express();
  const secure = options.webBaseUrl.startsWith('https://');
  app.disable('x-powered-by');
  app.set('trust proxy', secure ? 1 : false);
  app.set('sessionCookieName', SESSION_COOKIE(secure));
  const views = nunjucks.configure(
    [
      join(SOURCE, 'src/views'),
      join(SOURCE, 'src/routes'),
      join(ROOT, 'node_modules/govuk-frontend/dist'),
      join(ROOT, 'node_modules/@ministryofjustice/frontend'),
    ],
    { autoescape: true, express: app, noCache: false },
  );
  registerFilters(views);

  app.use(cspNonce, securityHeaders(options.identityProviderOrigin));
  app.use(requestLog(options.log));
  serveAssets(app);
  app.get(['/health', '/health/liveness'], (_req, res) => res.json({ status: 'UP' }));

  app.use(noStore);
  app.use(
    sessions({
      redis: options.redis,
      keyPrefix: options.redisKeyPrefix,
      secret: options.sessionSecret,
      secure,
      idleTimeoutSeconds: options.idleTimeoutSeconds,
    }),
  );
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(idleTimeoutLocals(options.idleTimeoutSeconds), csrfTokenLocal);
  app.use(signInRoutes(options.oidc, options.webBaseUrl, options.log));
  app.use(requireSignIn, navigation, homeForRole);
  app.use((req, res, next) => (req.method === 'POST' ? csrfProtection(req, res, next) : next()));
  app.use(pageRoutes(options.apiUrl));

  app.use((_req: Request, res: Response) =>
    res.status(404).render('pages/not-found.njk', { pageTitle: 'Page not found' }),
  );
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof ApiRefusal && error.status === 401) return req.session.destroy(() => res.redirect('/sign-in'));
    if (error instanceof ApiRefusal && error.status === 403)
      return res.status(403).render('pages/forbidden.njk', { pageTitle: 'You cannot see this' });
    if (error instanceof ApiRefusal && error.status === 404)
      return res.status(404).render('pages/not-found.njk', { pageTitle: 'Page not found' });
    if ((error as { code?: string }).code === 'EBADCSRFTOKEN' || (error as { status?: number }).status === 403) {
      return res.status(403).render('pages/form-expired.njk', { pageTitle: 'This form has expired' });
    }
    options.log.error(
      { error: error instanceof Error ? error.name : 'unknown', status: (error as ApiRefusal).status },
      'page failed',
    );
    res.status(500).render('pages/error.njk', { pageTitle: 'Sorry, there is a problem with the service' });
  });
  return app;
}

function serveAssets(app: Express): void {
  const govuk = join(ROOT, 'node_modules/govuk-frontend/dist/govuk');
  const moj = join(ROOT, 'node_modules/@ministryofjustice/frontend/moj');
  const file = (path: string) => (_req: Request, res: Response) => res.sendFile(path, { maxAge: '1h' });
  app.get('/assets/govuk-frontend.min.css', file(join(govuk, 'govuk-frontend.min.css')));
  app.get('/assets/govuk-frontend.min.js', file(join(govuk, 'govuk-frontend.min.js')));
  app.get('/assets/moj-frontend.min.css', file(join(moj, 'moj-frontend.min.css')));
  app.get('/assets/web.css', file(join(SOURCE, 'assets/web.css')));
  app.get('/assets/web.js', file(join(SOURCE, 'assets/web.js')));
  app.use('/assets', express.static(join(govuk, 'assets'), { maxAge: '1h' }));
}

/** The folder whose node_modules holds govuk-frontend: the project in development, /app in the production image. */
function packagesRoot(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'node_modules/govuk-frontend/dist/govuk'))) return dir;
  throw new Error(`govuk-frontend is not installed above ${from}`);
}
