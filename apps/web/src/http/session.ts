import { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import Redis from 'ioredis';

export interface SessionOptions {
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly secret: string;
  readonly secure: boolean;
  readonly idleTimeoutSeconds: number;
}

/**
 * Sessions in Redis, the cookie HttpOnly (and Secure over https), SameSite=Lax so the identity provider's redirect back
 * carries it. Rolling: every request restarts the idle clock, in the cookie and in Redis alike.
 */
export function sessions(options: SessionOptions) {
  const idleMs = options.idleTimeoutSeconds * 1000;
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

/** How long before the session ends the page warns: two minutes, or half the timeout when that is shorter. */
export function idleWarningSeconds(idleTimeoutSeconds: number): number {
  return Math.min(120, Math.floor(idleTimeoutSeconds / 2));
}

/** Plain words for a number of seconds: "30 minutes", "2 minutes", "15 seconds". */
export function durationWords(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) return seconds === 60 ? '1 minute' : `${seconds / 60} minutes`;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** The idle timeout's figures for the page's warning. */
export function idleTimeoutLocals(idleTimeoutSeconds: number) {
  const warning = idleWarningSeconds(idleTimeoutSeconds);
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.locals.idleTimeout = {
      seconds: idleTimeoutSeconds,
      words: durationWords(idleTimeoutSeconds),
      warningSeconds: warning,
      warningWords: durationWords(warning),
    };
    next();
  };
}
