import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  ForbiddenException,
  HttpException,
  Inject,
  Optional,
  UnauthorizedException,
} from '@nestjs/common';
import { DomainRuleViolation } from '@vcs/domain';
import { InvalidPositionError, WrongExpectedRevisionError } from '@vcs/event-store';
import { LOGGER } from '@vcs/infrastructure';
import { AuthenticatedRequest } from '@vcs/security';
import type { Response } from 'express';
import { Logger } from 'pino';
import { IdempotencyKeyReusedError } from '../commands/stream-command.runner';
import { SubjectThrottlerGuard, tooManyRequests } from './rate-limit';

interface Problem {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

/**
 * The one place errors become HTTP answers. Domain errors carry plain-English messages without personal data;
 * anything unexpected is a bare 500. The log gets the error's class, code and stack frames, never its message: messages
 * can carry values (a driver's "Key (email)=(…)", a SQL statement, a request field).
 *
 * Requests the AuthGuard refuses (401, 403) are counted against the rate limit here, since no guard after it runs.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly log: Logger,
    @Optional() private readonly throttler?: SubjectThrottlerGuard,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const response = host.switchToHttp().getResponse<Response>();
    let problem = this.toProblem(exception);
    if (problem.statusCode >= 500) this.log.error({ err: describeForLog(exception) }, 'request failed');
    // Refused calls and unknown routes count against the caller's limit: no guard after the AuthGuard ran, or none at all.
    if (
      this.throttler &&
      (exception instanceof UnauthorizedException ||
        exception instanceof ForbiddenException ||
        isUnknownRoute(exception))
    ) {
      try {
        if (await this.throttler.countRefused(host.switchToHttp().getRequest<AuthenticatedRequest>(), response))
          problem = this.toProblem(tooManyRequests());
      } catch (error) {
        this.log.error({ err: describeForLog(error) }, 'rate limit count failed');
      }
    }
    if (response.headersSent) return;
    if (problem.statusCode === 503 && !response.getHeader('Retry-After')) response.setHeader('Retry-After', '2');
    response.status(problem.statusCode).json(problem);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const status = exception.getStatus();
      // Nest's own "Cannot GET /the/path/as/typed": the path can carry anything; do not repeat it.
      if (status === 404 && /^Cannot [A-Z]+ /.test(exception.message))
        return { statusCode: 404, error: 'Not Found', message: 'no such route' };
      if (typeof body === 'object' && body !== null)
        return { statusCode: status, error: '', message: exception.message, ...body } as Problem;
      return { statusCode: status, error: exception.name, message: String(body) };
    }
    if (exception instanceof DomainRuleViolation) {
      const status = exception.kind === 'not-found' ? 404 : exception.kind === 'already-exists' ? 409 : 422;
      const error = status === 404 ? 'Not Found' : status === 409 ? 'Conflict' : 'Unprocessable Entity';
      const field = exception.field === undefined ? {} : { field: exception.field };
      return {
        ...exception.details,
        statusCode: status,
        error,
        rule: exception.rule,
        message: exception.message,
        ...field,
      };
    }
    if (exception instanceof WrongExpectedRevisionError) {
      return {
        statusCode: 409,
        error: 'Conflict',
        rule: 'stale-revision',
        message: 'someone else changed this record since you read it; reload and try again',
        currentRevision: exception.actual === 'no_stream' ? null : exception.actual.toString(),
      };
    }
    if (exception instanceof IdempotencyKeyReusedError) {
      return {
        statusCode: 422,
        error: 'Unprocessable Entity',
        rule: 'idempotency-key-reused',
        message: exception.message,
      };
    }
    if (exception instanceof InvalidPositionError) {
      return { statusCode: 400, error: 'Bad Request', message: 'minPosition must be written "<commit>/<prepare>"' };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'the database is briefly unavailable; retry in a moment',
      };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'something went wrong; it has been logged' };
  }
}

/** Nest's answer to a path no route matches. */
function isUnknownRoute(exception: unknown): boolean {
  return (
    exception instanceof HttpException && exception.getStatus() === 404 && /^Cannot [A-Z]+ /.test(exception.message)
  );
}

/**
 * What an unexpected error may tell the log: its class (as `type`: the logger redacts any key called `name`), a short
 * code (e.g. a SQLSTATE), and the stack frames without the message.
 */
export function describeForLog(exception: unknown): { type: string; code?: string; frames?: string } {
  if (!(exception instanceof Error)) return { type: typeof exception };
  const code = (exception as { code?: unknown }).code;
  return {
    type:
      [exception.constructor?.name, exception.name].find(
        (name) => typeof name === 'string' && /^[A-Z][A-Za-z0-9_]{0,63}$/.test(name),
      ) ?? 'Error',
    ...(typeof code === 'string' && /^[A-Za-z0-9_]{1,32}$/.test(code) ? { code } : {}),
    frames: (exception.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at [^\n]{1,300}$/.test(line))
      .slice(0, 15)
      .join('\n'),
  };
}

// PostgreSQL restarting or failing over: connection exceptions (class 08), shutdown (57P01-57P03), a dropped
// connection. The request can be retried (commands with their Idempotency-Key), so the answer says so: 503.
const DATABASE_UNAVAILABLE_CODES = /^(08\d{3}|57P0[123])$/;
const DATABASE_UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && DATABASE_UNAVAILABLE_CODES.test(code)) return true;
  return typeof message === 'string' && DATABASE_UNAVAILABLE_MESSAGES.test(message);
}
