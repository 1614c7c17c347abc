import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  HttpException,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable, from, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { PARTNER_ROLES, Role } from '../auth/role';
import { AccessAudit } from './access-audit';
import { DEFAULT_PURPOSE, PURPOSE_RULE, purposeNotForRole, purposeOf, purposesFor } from './purpose';
import { RefusalReason, recordRefusedCall } from './refused-call';

export interface AuditedReadOptions {
  /** "read victim case view" */
  readonly action: string;
  readonly resourceType: string;
  /** The route parameter naming the resource, e.g. 'victimId'. */
  readonly resourceParam?: string;
  /** Victims whose data the answer carries; defaults to the resource id when the resource is a victim. */
  readonly victimIdsOf?: (result: unknown, request: AuthenticatedRequest) => string[];
}

const AUDITED_READ = 'vcs:audited-read';
/** Roles that must say why they read: partner agencies and administrators. */
const PURPOSE_REQUIRED: readonly Role[] = [...PARTNER_ROLES, 'ADMIN'];
/** What a resource id in a path may be: code-like, never a NUL byte, a control character or a value to echo. */
const RESOURCE_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

/** Writes one access_audit row for every call, answered or refused, before the answer leaves. */
@Injectable()
export class AuditedReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AccessAudit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<AuditedReadOptions>(AUDITED_READ, context.getHandler());
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Refusals are audited too (who, route pattern, why), before the 400 leaves.
    const refuse = (reason: RefusalReason, error: BadRequestException): Observable<never> =>
      from(recordRefusedCall(this.audit, request, 400, reason)).pipe(mergeMap(() => throwError(() => error)));
    const rawId = options.resourceParam ? request.params[options.resourceParam] : undefined;
    if (options.resourceParam && rawId !== undefined && !RESOURCE_ID.test(String(rawId))) {
      return refuse('invalid-id', idProblem(options.resourceParam));
    }
    const purposeHeader = request.header('x-purpose');
    const listed = purposeHeader === undefined ? undefined : purposeOf(purposeHeader);
    if (purposeHeader !== undefined && listed === undefined) {
      return refuse('purpose-not-listed', purposeProblem(PURPOSE_RULE));
    }
    if (listed && request.actingRole && !purposesFor(request.actingRole).includes(listed)) {
      return refuse('purpose-not-for-role', purposeProblem(purposeNotForRole(listed, request.actingRole)));
    }
    if (purposeHeader === undefined && request.actingRole && PURPOSE_REQUIRED.includes(request.actingRole)) {
      return refuse(
        'purpose-missing',
        purposeProblem(`X-Purpose is required: say why you are reading this. ${PURPOSE_RULE}`),
      );
    }
    const purpose = purposeHeader ?? DEFAULT_PURPOSE;
    const resourceId = rawId !== undefined ? String(rawId) || undefined : undefined;
    const record = (status: number, victimIds: string[]) =>
      this.audit.record({
        userId: request.user?.userId ?? 'unknown',
        role: request.actingRole ?? 'unknown',
        action: options.action,
        method: request.method,
        route: (request.route as { path?: string } | undefined)?.path ?? '(no route)',
        resourceType: options.resourceType,
        resourceId,
        victimIds,
        purpose,
        requestId: (request.res?.getHeader('x-request-id') as string | undefined) ?? undefined,
        status,
      });
    const defaultVictims = options.resourceType === 'victim' && resourceId ? [resourceId] : [];
    return next.handle().pipe(
      mergeMap((result) =>
        from(
          record(200, options.victimIdsOf ? options.victimIdsOf(result, request) : defaultVictims).then(() => result),
        ),
      ),
      catchError((error: unknown) =>
        from(record(error instanceof HttpException ? error.getStatus() : statusOf(error), defaultVictims)).pipe(
          mergeMap(() => throwError(() => error)),
        ),
      ),
    );
  }
}

function statusOf(error: unknown): number {
  const kind = (error as { kind?: string }).kind;
  return kind === 'not-found' ? 404 : 500;
}

function idProblem(field: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'the request is not valid',
    problems: [{ field, rule: 'format', message: `${field} is not a valid id` }],
  });
}

function purposeProblem(message: string): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: 'the request is not valid',
    problems: [{ field: 'X-Purpose', rule: 'purpose', message }],
  });
}

/** Marks a route as reading victim data: every call is written to the access audit with who, role, what, when and why. */
export function AuditedRead(options: AuditedReadOptions) {
  return applyDecorators(SetMetadata(AUDITED_READ, options), UseInterceptors(AuditedReadInterceptor));
}
