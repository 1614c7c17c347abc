import { INestApplication } from '@nestjs/common';
import { AuthenticatedRequest } from '@vcs/security';
import type { NextFunction, Request, Response } from 'express';
import { SubjectThrottlerGuard, tooManyRequests } from './rate-limit';

/**
 * /openapi.json and /docs are served outside Nest's routes, so the rate-limit guard never sees them: they count here
 * against the client address (like every request without a token), and past the limit answer 429 with Retry-After.
 * Unknown routes are counted by the ProblemFilter on their 404.
 */
export function rateLimitUnroutedPaths(app: INestApplication, paths: readonly string[]): void {
  const guard = app.get(SubjectThrottlerGuard, { strict: false });
  app.use([...paths], (request: Request, response: Response, next: NextFunction) => {
    guard
      .countRefused(request as AuthenticatedRequest, response)
      .then((blocked) => {
        if (!blocked) return next();
        const answer = tooManyRequests();
        response.status(answer.getStatus()).json(answer.getResponse());
      })
      .catch(() => next());
  });
}
