import { INestApplication } from '@nestjs/common';
import { Environment, requestIdFrom, runInRequest } from '@vcs/config';
import { corsOptions, hardenHttp, ServiceMetrics } from '@vcs/infrastructure';
import { json } from 'express';
import { Logger } from 'pino';
import type { Express, NextFunction, Request, Response } from 'express';
import { bodyShape } from './body-shape';
import { serveOpenApi } from './openapi';
import { rateLimitUnroutedPaths } from './unrouted-rate-limit';

export const MAX_BODY = '100kb';

/** Body-parser failures happen before Nest sees the request: answer them here in the same shape as every 4xx. */
function bodyParserErrors(
  error: { type?: string; status?: number } | undefined,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    response
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `the request body is over ${MAX_BODY}` });
  } else if (error.type === 'entity.parse.failed') {
    response.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'the request body is not valid JSON' });
  } else {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    response
      .status(status)
      .json({ statusCode: status, error: 'Bad Request', message: 'the request body could not be read' });
  }
}

/**
 * One structured access-log line per request: method, route *pattern* (never the concrete path, which can hold ids or
 * worse, and never the query or body), status, time. Requests that match no route are logged without a path.
 * The request id (the caller's X-Request-Id when well formed, else a new one) is returned in X-Request-Id and is on
 * every log line written while the request is served.
 */
function accessLog(log: Logger, metrics: ServiceMetrics) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(request.header('x-request-id'));
    response.setHeader('x-request-id', requestId);
    response.on('finish', () => {
      const route = (request.route as { path?: unknown } | undefined)?.path;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequestDuration.observe(
        {
          method: request.method,
          route: typeof route === 'string' ? route : '(no route)',
          status: String(response.statusCode),
        },
        seconds,
      );
      log.info(
        {
          requestId,
          method: request.method,
          path: typeof route === 'string' ? route : '(no route)',
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    // Everything that runs for this request, and every log line it writes, is in its context (logger mixin).
    runInRequest(requestId, next);
  };
}

/**
 * Everything HTTP around the Nest routes, the same in production (main.ts) and in the e2e harness: security headers
 * (strict CSP, HSTS, nosniff, no framing), Cache-Control: no-store, CORS closed unless CORS_ORIGINS lists origins,
 * the client address behind TRUST_PROXY_HOPS proxies, the access log, the JSON body limit and shape (depth, no
 * __proto__/constructor keys), and /docs + /openapi.json.
 * Rate limits are a guard (RateLimitModule) because they need the verified token.
 */
export function configureHttp(app: INestApplication, environment: Environment, log: Logger): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.set('trust proxy', environment.TRUST_PROXY_HOPS > 0 ? environment.TRUST_PROXY_HOPS : false);
  app.use(accessLog(log, app.get(ServiceMetrics)));
  // No X-Powered-By; no body-hash ETags: an ETag here is always a stream revision (commands and single-record reads),
  // so what a client sends back as If-Match is something the API can check. Headers, no-store, path encoding.
  hardenHttp(app);
  const cors = corsOptions(environment.CORS_ORIGINS);
  if (cors) app.enableCors(cors);
  app.use(json({ limit: MAX_BODY }));
  app.use(bodyParserErrors);
  app.use(bodyShape);
  rateLimitUnroutedPaths(app, ['/openapi.json', '/docs']);
  serveOpenApi(app);
}
