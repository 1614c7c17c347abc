import { randomBytes } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** A fresh nonce per page for the few inline scripts (the GOV.UK template's js-enabled class, component start-up). */
export function cspNonce(_req: Request, res: Response, next: NextFunction): void {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  next();
}

/** Helmet with a CSP that admits only our own files and nonced scripts; forms may also post on to the identity provider (sign-out). */
export function securityHeaders(identityProviderOrigin: string) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", identityProviderOrigin],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Pages show a victim's personal data: never kept by a browser or a proxy. */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.set('Cache-Control', 'no-store');
  next();
}
