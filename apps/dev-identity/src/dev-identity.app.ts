import { join } from 'node:path';
import express, { Express } from 'express';
import nunjucks from 'nunjucks';
import { createDevIdentityProvider, DevIdentityOptions } from './dev-identity-provider';
import { interactionRoutes } from './interaction.routes';

const ROOT = join(__dirname, '../../..');

/** The development identity provider as an Express app: its sign-in page, then oidc-provider's own routes. */
export function createDevIdentityApp(options: DevIdentityOptions): Express {
  const provider = createDevIdentityProvider(options);
  const app = express();
  app.disable('x-powered-by');
  nunjucks.configure([join(__dirname, 'views'), join(ROOT, 'node_modules/govuk-frontend/dist')], { autoescape: true, express: app });
  app.use('/assets', express.static(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/assets')));
  app.get('/assets/govuk-frontend.min.css', (_req, res) => res.sendFile(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css')));
  app.use(interactionRoutes(provider));
  app.use(provider.callback());
  return app;
}
