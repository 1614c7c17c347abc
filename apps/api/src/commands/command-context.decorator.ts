import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { currentRequestId } from '@vcs/config';
import { accessScopeOf, AuthenticatedRequest } from '@vcs/security';
import { asksForValidationOnly } from '../http/validate-only';
import { CommandContext } from './command-context';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,200}$/;
const IF_MATCH = /^(?:W\/)?"?(-1|\d{1,19})"?$/;
const CORRELATION_ID = /^[A-Za-z0-9_\-:.]{1,100}$/;

function headerProblem(header: string, rule: string, message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'the request is not valid',
    problems: [{ field: header, rule, message }],
  });
}

/** Canonical JSON (sorted keys) so the same request hashes the same whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Builds the CommandContext from the authenticated caller and the Idempotency-Key, If-Match and X-Correlation-Id headers. */
export const CommandCtx = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user || !request.actingRole)
    throw new Error('CommandCtx used on a route the AuthGuard did not authenticate');

  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw headerProblem(
      'Idempotency-Key',
      'format',
      'Idempotency-Key must be 8-200 letters, digits or _ - : . (a UUID is ideal)',
    );
  }
  const ifMatch = request.header('if-match');
  const revision = ifMatch === undefined ? undefined : IF_MATCH.exec(ifMatch.trim())?.[1];
  if (ifMatch !== undefined && revision === undefined) {
    throw headerProblem('If-Match', 'format', 'If-Match must be the revision from an earlier response, e.g. "3"');
  }
  const correlationHeader = request.header('x-correlation-id');
  if (correlationHeader !== undefined && !CORRELATION_ID.test(correlationHeader)) {
    throw headerProblem('X-Correlation-Id', 'format', 'X-Correlation-Id must be 1-100 letters, digits or _ - : .');
  }
  const route = `${request.method} ${request.route?.path ?? request.path}`;
  return {
    actor: { userId: request.user.userId, role: request.actingRole },
    // The events a command appends carry the request's id unless the caller correlates them itself: page → API → event.
    correlationId: correlationHeader ?? currentRequestId() ?? randomUUID(),
    idempotencyKey,
    requestHash: idempotencyKey
      ? createHash('sha256')
          .update(`${route}\n${JSON.stringify(request.params)}\n${canonical(request.body)}`)
          .digest('hex')
      : undefined,
    expectedRevision: revision === undefined ? undefined : BigInt(revision),
    scope: accessScopeOf(request.user, request.actingRole),
    ...(asksForValidationOnly(request) ? { validateOnly: true } : {}),
  };
});
