import { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import { refuseMalformedPathEncoding } from './path-encoding';
import { noStore, securityHeaders } from './security-headers';

/**
 * The HTTP hardening every process's port gets (the API's and the worker's alike): no `X-Powered-By`, no body-hash
 * ETags, a path that does not decode refused before the router can repeat it, the security headers (strict CSP,
 * HSTS, nosniff, no framing) and Cache-Control: no-store.
 */
export function hardenHttp(app: INestApplication): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  express.disable('etag');
  app.use(refuseMalformedPathEncoding);
  app.use(securityHeaders());
  app.use(noStore);
}
