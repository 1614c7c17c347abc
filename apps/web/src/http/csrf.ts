import { NextFunction, Request, Response } from 'express';
import { csrfSync } from 'csrf-sync';

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req) => (typeof req.body?._csrf === 'string' ? req.body._csrf : undefined),
});

/** Every form carries the session's synchroniser token as `_csrf`; a POST without the right one is refused (403). */
export const csrfProtection = csrfSynchronisedProtection;

export function csrfTokenLocal(req: Request, res: Response, next: NextFunction): void {
  if (req.session) res.locals.csrfToken = generateToken(req);
  next();
}
