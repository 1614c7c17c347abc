import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { Logger } from 'pino';

/**
 * Errors as answers for a port that serves only health (the worker's): the status and its standard phrase, and a
 * message that never repeats what was sent (Nest's own 404 is "Cannot GET /the/path/as/typed", and a path can carry
 * anything). Anything unexpected is a bare 500, logged by class only (a message can carry values).
 */
@Catch()
export class PlainProblemFilter implements ExceptionFilter {
  constructor(private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const message = status === 404 ? 'no such route' : 'the request cannot be answered';
      response.status(status).json({ statusCode: status, error: phrase(status), message });
      return;
    }
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    this.log.error(
      { err: { type: exception instanceof Error ? exception.constructor.name : typeof exception } },
      'request failed',
    );
    response.status(status).json({ statusCode: status, error: phrase(status), message: 'the request failed' });
  }
}

function phrase(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name
    ? name
        .toLowerCase()
        .replace(/(^|_)([a-z])/g, (_, gap: string, letter: string) => `${gap ? ' ' : ''}${letter.toUpperCase()}`)
    : 'Error';
}
