import { Request, Response, Router } from 'express';
import { Logger } from 'pino';
import { OidcClient } from './oidc-client';
import { SignedInUser } from './signed-in-user';
import { csrfProtection } from '../http/csrf';
import { asyncRoute } from '../http/async-route';

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
/** HMPPS Auth writes roles as ROLE_NAME; the development identity provider as NAME. */
const roleNames = (authorities: unknown): string[] => stringList(authorities).map((role) => role.replace(/^ROLE_/, ''));
const safeReturnTo = (value: unknown): string =>
  typeof value === 'string' && /^\/(?![/\\])[\w\-/?=&%.]*$/.test(value) ? value : '/';

/** Sign-in (authorisation code + PKCE), the callback, sign-out (ends our session and the identity provider's). */
export function signInRoutes(oidc: OidcClient, webBaseUrl: string, log: Logger): Router {
  const router = Router();

  router.get(
    '/sign-in',
    asyncRoute(async (req, res) => {
      const request = await oidc.signInRequest();
      req.session.signIn = {
        codeVerifier: request.codeVerifier,
        state: request.state,
        nonce: request.nonce,
        returnTo: safeReturnTo(req.query.returnTo),
      };
      req.session.save(() => res.redirect(request.url));
    }),
  );

  router.get(
    '/sign-in/callback',
    asyncRoute(async (req, res) => {
      const expected = req.session.signIn;
      if (!expected) return res.redirect('/sign-in');
      let result;
      try {
        result = await oidc.completeSignIn(new URL(req.originalUrl, webBaseUrl), expected);
      } catch (error) {
        log.warn({ reason: error instanceof Error ? error.name : 'unknown' }, 'sign-in refused');
        res.status(401);
        return res.render('pages/sign-in-failed.njk');
      }
      const { claims } = result;
      const user: SignedInUser = {
        userId: String(claims.sub),
        name: typeof claims.name === 'string' ? claims.name : String(claims.sub),
        roles: roleNames(claims.authorities),
        units: stringList(claims.units),
        accessToken: result.accessToken,
        idToken: result.idToken,
        expiresAt: result.expiresAt,
      };
      // A new session id at sign-in: a session fixed before it is worth nothing after.
      req.session.regenerate((error) => {
        if (error) return res.status(500).render('pages/error.njk');
        req.session.user = user;
        log.info({ userId: user.userId, roles: user.roles }, 'signed in');
        req.session.save(() => res.redirect(expected.returnTo));
      });
    }),
  );

  router.post(
    '/sign-out',
    csrfProtection,
    asyncRoute(async (req, res) => signOut(req, res, oidc, log)),
  );
  router.get('/signed-out', (_req, res) => res.render('pages/signed-out.njk'));
  return router;
}

async function signOut(req: Request, res: Response, oidc: OidcClient, log: Logger): Promise<void> {
  const idToken = req.session.user?.idToken;
  const userId = req.session.user?.userId;
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
  res.clearCookie(req.app.get('sessionCookieName'));
  if (userId) log.info({ userId }, 'signed out');
  res.redirect(idToken ? await oidc.signOutUrl(idToken) : '/signed-out');
}
