import express, { NextFunction, Request, Response, Router } from 'express';
import Provider from 'oidc-provider';
import { SEEDED_PASSWORD, SeededUser } from './seeded-users';
import { API_RESOURCE } from './dev-identity-provider';

type Handler = (req: Request, res: Response) => Promise<void>;
const handle = (handler: Handler) => (req: Request, res: Response, next: NextFunction) =>
  void handler(req, res).catch(next);

/** The sign-in page (for `users`) and the first-party consent (granted without a question: the web service is ours). */
export function interactionRoutes(provider: Provider, users: readonly SeededUser[]): Router {
  const router = Router();
  router.use('/interaction', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get(
    '/interaction/:uid',
    handle(async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') return res.render('sign-in.njk', { uid: details.uid, users, errors: [] });
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error('the grant of this interaction has gone');
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
        if (indicator === API_RESOURCE) grant.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: details.grantId ? {} : { grantId } },
        { mergeWithLastSubmission: true },
      );
    }),
  );

  router.post(
    '/interaction/:uid/sign-in',
    express.urlencoded({ extended: false, limit: '2kb' }),
    handle(async (req, res) => {
      const details = await provider.interactionDetails(req, res);
      const username = typeof req.body?.username === 'string' ? req.body.username.trim() : '';
      const password = typeof req.body?.password === 'string' ? req.body.password : '';
      const user = users.find((candidate) => candidate.username === username);
      if (!user || password !== SEEDED_PASSWORD) {
        const errors = [{ text: 'Enter a seeded username and the development password', href: '#username' }];
        res.status(400);
        return res.render('sign-in.njk', { uid: details.uid, users, errors, username });
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.username } },
        { mergeWithLastSubmission: false },
      );
    }),
  );
  return router;
}
