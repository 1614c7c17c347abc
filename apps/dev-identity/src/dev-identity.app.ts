import { join } from 'node:path';
import express, { Express } from 'express';
import nunjucks from 'nunjucks';
import { createDevIdentityProvider, DevIdentityOptions } from './dev-identity-provider';
import { installedFile } from './installed-files';
import { interactionRoutes } from './interaction.routes';
import { SEEDED_USERS } from './seeded-users';

/** The development identity provider as an Express app: its sign-in page, then oidc-provider's own routes. */
export function createDevIdentityApp(options: DevIdentityOptions): Express {
  const provider = createDevIdentityProvider(options);
  const app = express();
  app.disable('x-powered-by');
  // Its templates beside its code (scripts/build.js copies them into dist/); govuk-frontend from node_modules.
  const govukFrontend = installedFile('node_modules/govuk-frontend/dist');
  nunjucks.configure([join(__dirname, 'views'), govukFrontend], { autoescape: true, express: app });
  app.get('/health', (_req, res) => res.json({ status: 'UP' }));
  app.use('/assets', express.static(join(govukFrontend, 'govuk/assets')));
  app.get('/assets/govuk-frontend.min.css', (_req, res) =>
    res.sendFile(join(govukFrontend, 'govuk/govuk-frontend.min.css')),
  );
  app.use(interactionRoutes(provider, options.users ?? SEEDED_USERS));
  app.use(provider.callback());
  return app;
}
