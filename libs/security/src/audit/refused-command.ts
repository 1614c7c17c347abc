import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable, from, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { AccessAudit } from './access-audit';
import { recordRefusedCall } from './refused-call';

/** Methods that ask for a change (or, with `Prefer: return=validation`, ask whether one would be accepted). */
const COMMAND_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The one answer a command gets for a victim the caller does not reach, the same as for a victim never recorded. */
function isVictimNotReached(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const rule = (error as { rule?: unknown }).rule;
  if (rule === 'victim-not-found') return true;
  const response = (error as { getResponse?: () => unknown }).getResponse?.();
  return (
    typeof response === 'object' && response !== null && (response as { rule?: unknown }).rule === 'victim-not-found'
  );
}

/**
 * A command on a victim the caller does not reach (another unit's, with no live grant) is answered 404, exactly as for
 * an id never recorded, so the caller learns nothing. The audit is not the caller's to read: it records the attempt
 * (who, the route pattern, the victim id named in the path, `victim-not-reached`), real or validate-only alike, so a
 * manager or the DPO can see someone trying cases outside their units. Reads record their own 404s
 * (`AuditedReadInterceptor`).
 */
@Injectable()
export class RefusedCommandAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AccessAudit) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!COMMAND_METHODS.has(request.method)) return next.handle();
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          isVictimNotReached(error)
            ? from(recordRefusedCall(this.audit, request, 404, 'victim-not-reached')).pipe(
                mergeMap(() => throwError(() => error)),
              )
            : throwError(() => error),
        ),
      );
  }
}
