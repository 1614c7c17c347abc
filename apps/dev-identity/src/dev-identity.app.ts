import { join } from 'node:path';
import express, { Express } from 'express';
import nunjucks from 'nunjucks';
import { projectRoot } from '@vcs/config';
import { createDevIdentityProvider, DevIdentityOptions } from './dev-identity-provider';
import { interactionRoutes } from './interaction.routes';
import { SEEDED_USERS } from './seeded-users';

const ROOT = projectRoot();

/** The development identity provider as an Express app: its sign-in page, then oidc-provider's own routes. */
export function createDevIdentityApp(options: DevIdentityOptions): Express {
  const provider = createDevIdentityProvider(options);
  const app = express();
  app.disable('x-powered-by');
  nunjucks.configure([join(ROOT, 'apps/dev-identity/src/views'), join(ROOT, 'node_modules/govuk-frontend/dist')], {
    autoescape: true,
    express: app,
  });
  app.use('/assets', express.static(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/assets')));
  app.get('/assets/govuk-frontend.min.css', (_req, res) =>
    res.sendFile(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css')),
  );
  app.use(interactionRoutes(provider, options.users ?? SEEDED_USERS));
  app.use(provider.callback());
  return app;
}
