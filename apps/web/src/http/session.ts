import { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';

export interface SessionOptions {
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly secret: string;
  readonly secure: boolean;
  readonly idleTimeoutMinutes: number;
}

/**
 * Sessions in Redis, the cookie HttpOnly (and Secure over https), SameSite=Lax so the identity provider's redirect back
 * carries it. Rolling: every request restarts the idle clock, in the cookie and in Redis alike.
 */
export function sessions(options: SessionOptions) {
  const idleMs = options.idleTimeoutMinutes * 60_000;
  return session({
    name: options.secure ? '__Host-vcs-session' : 'vcs-session',
    store: new RedisStore({ client: options.redis, prefix: `${options.keyPrefix}:web-session:` }),
    secret: options.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    cookie: { httpOnly: true, secure: options.secure, sameSite: 'lax', path: '/', maxAge: idleMs },
  });
}

/** The idle timeout's figures for the page's warning (shown two minutes before the session ends). */
export function idleTimeoutLocals(idleTimeoutMinutes: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.locals.idleTimeoutMinutes = idleTimeoutMinutes;
    next();
  };
}
