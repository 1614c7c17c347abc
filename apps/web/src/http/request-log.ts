import { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';

/** One structured line per request: method, route pattern, status, time. Never the path, query, body or a cookie. */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info({ method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
