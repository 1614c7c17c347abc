import { INestApplication } from '@nestjs/common';
import { json } from 'express';
import { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const MAX_BODY = '100kb';

/** Body-parser failures happen before Nest sees the request: answer them here in the same shape as every 4xx. */
function bodyParserErrors(error: { type?: string; status?: number } | undefined, _request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    response.status(413).json({ statusCode: 413, error: 'Payload Too Large', message: `the request body is over ${MAX_BODY}` });
  } else if (error.type === 'entity.parse.failed') {
    response.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'the request body is not valid JSON' });
  } else {
    response.status(error.status && error.status < 500 ? error.status : 400).json({ statusCode: 400, error: 'Bad Request', message: 'the request body could not be read' });
  }
}

/** Body limit, request ids and one structured access-log line per request (method, route, status, time; never the body). */
export function configureHttp(app: INestApplication, log: Logger): void {
  app.use(json({ limit: MAX_BODY }));
  app.use(bodyParserErrors);
  app.use((request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = (request.header('x-request-id') ?? '').match(/^[A-Za-z0-9-]{1,64}$/)?.[0] ?? randomUUID();
    response.setHeader('x-request-id', requestId);
    response.on('finish', () => {
      log.info(
        {
          requestId,
          method: request.method,
          path: request.route?.path ?? request.path,
          status: response.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });
}
