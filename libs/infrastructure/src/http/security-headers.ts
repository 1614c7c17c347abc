import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** The API answers JSON only: nothing may load, run, frame or submit anything from it. */
const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/**
 * /docs (Swagger UI) is an HTML page: its own scripts, styles and images only. Its HTML carries <style> blocks and
 * Swagger UI sets inline style attributes, hence 'unsafe-inline' for styles (never for scripts); icons are data: URLs.
 */
const DOCS_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  objectSrc: ["'none'"],
};

export const DOCS_PATH = /^\/docs(\/|$)/;

/** Helmet's headers (HSTS, nosniff, no-referrer, same-origin policies, X-Frame-Options DENY) with the CSP by path. */
export function securityHeaders() {
  const common = helmet({
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const apiCsp = helmet.contentSecurityPolicy({ useDefaults: false, directives: API_CSP });
  const docsCsp = helmet.contentSecurityPolicy({ useDefaults: false, directives: DOCS_CSP });
  return (request: Request, response: Response, next: NextFunction) => {
    common(request, response, (error?: unknown) => {
      if (error) return next(error);
      (DOCS_PATH.test(request.path) ? docsCsp : apiCsp)(request, response, next);
    });
  };
}

/** Every answer may carry victim data (or tell who asked about whom): no browser, proxy or CDN may keep a copy. */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/** CORS for the configured origins only; undefined (CORS off: no Access-Control-* headers at all) when none are listed. */
export function corsOptions(originsSetting: string): CorsOptions | undefined {
  const origins = originsSetting
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length === 0) return undefined;
  return {
    origin: origins,
    methods: ['GET', 'POST', 'PUT', 'PATCH'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Purpose', 'X-Request-Id'],
    exposedHeaders: [
      'ETag',
      'X-Position',
      'X-Request-Id',
      'Retry-After',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
    ],
    credentials: false,
    maxAge: 600,
  };
}
