import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { Logger } from 'pino';
import { runInRequest } from '@vcs/config';

/**
 * One structured line per request: method, route pattern, status, time. Never the path, query, body or a cookie.
 * Each request runs under a new request id (on every log line written while it is served, and returned in X-Request-Id and sent
 * on to the API by the API client), so a slow page can be traced to the API calls it made.
 */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.info(
        { requestId, method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    runInRequest(requestId, next);
  };
}
