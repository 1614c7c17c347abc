import { NextFunction, Request, Response } from 'express';

/** Who is signed in, kept in the server-side session (Redis): the token is never sent to the browser. */
export interface SignedInUser {
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly units: readonly string[];
  readonly accessToken: string;
  readonly idToken: string;
  /** Seconds since the epoch when the access token expires: the session ends with it. */
  readonly expiresAt: number;
}

declare module 'express-session' {
  interface SessionData {
    user?: SignedInUser;
    signIn?: { codeVerifier: string; state: string; nonce: string; returnTo: string };
    search?: string;
    /** What the user typed on a form that the API refused, kept to show it again (never in the URL). */
    forms?: Record<
      string,
      {
        values: Record<string, string | string[]>;
        errors: { text: string; href: string }[];
        revision: string;
        newId: string;
      }
    >;
    /** Answers on their way to a check-your-answers page. */
    pending?: Record<string, unknown>;
    /** A change the API refused because someone else changed the case first (409), kept so the user can apply it again. */
    conflict?: { form: string; victimId: string; revision: string; values: Record<string, string | string[]> };
    confirmation?: { title: string; body: string; next: string };
    /** The position of the user's last change: the next page waits for the read models to include it. */
    lastPosition?: string;
  }
}

/** Every page but sign-in needs a signed-in user whose token has not expired; otherwise off to sign in, then back here. */
export function requireSignIn(req: Request, res: Response, next: NextFunction): void {
  const user = req.session.user;
  if (user && user.expiresAt > Date.now() / 1000 + 30) {
    res.locals.user = user;
    res.locals.isManager = user.roles.includes('VLO_MANAGER');
    return next();
  }
  const returnTo =
    req.method === 'GET' && req.originalUrl.startsWith('/') && !req.originalUrl.startsWith('//')
      ? req.originalUrl
      : '/';
  req.session.regenerate(() => res.redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`));
}

export function signedInUser(res: Response): SignedInUser {
  return res.locals.user as SignedInUser;
}
