import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { DomainRuleViolation } from '@vcs/domain';
import { InvalidPositionError, WrongExpectedRevisionError } from '@vcs/event-store';
import { LOGGER } from '@vcs/infrastructure';
import type { Response } from 'express';
import { Logger } from 'pino';
import { IdempotencyKeyReusedError } from '../commands/stream-command.runner';

interface Problem {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

/**
 * The one place errors become HTTP answers. Domain errors carry plain-English messages without personal data;
 * anything unexpected is a bare 500 (details go to the log by error name, never to the caller).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.statusCode >= 500) {
      const error = exception instanceof Error ? { name: exception.name, stack: exception.stack } : { name: typeof exception };
      this.log.error({ err: error }, 'request failed');
    }
    response.status(problem.statusCode).json(problem);
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const status = exception.getStatus();
      if (typeof body === 'object' && body !== null) return { statusCode: status, error: '', message: exception.message, ...body } as Problem;
      return { statusCode: status, error: exception.name, message: String(body) };
    }
    if (exception instanceof DomainRuleViolation) {
      const status = exception.kind === 'not-found' ? 404 : exception.kind === 'already-exists' ? 409 : 422;
      const error = status === 404 ? 'Not Found' : status === 409 ? 'Conflict' : 'Unprocessable Entity';
      return { statusCode: status, error, rule: exception.rule, message: exception.message };
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
      return { statusCode: 422, error: 'Unprocessable Entity', rule: 'idempotency-key-reused', message: exception.message };
    }
    if (exception instanceof InvalidPositionError) {
      return { statusCode: 400, error: 'Bad Request', message: 'minPosition must be written "<commit>/<prepare>"' };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'something went wrong; it has been logged' };
  }
}
