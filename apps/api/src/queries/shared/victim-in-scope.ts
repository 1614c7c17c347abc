import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  NotFoundException,
  UseInterceptors,
} from '@nestjs/common';
import { accessScopeOf, AuthenticatedRequest } from '@vcs/security';
import { from, Observable } from 'rxjs';
import { mergeMap } from 'rxjs/operators';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from './read-model-freshness';
import { SCOPE_PROJECTION, victimInScope } from './access-scope.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The answer to a victim the caller may not reach: the very answer an unknown victim gets. */
export function victimNotFound(victimId: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    rule: 'victim-not-found',
    message: `no victim ${victimId} is known`,
  });
}

/**
 * Before a route that reads one victim's data runs: the victim must be one the caller may reach (held by one of
 * their units, or opened to them by a live grant), decided by one query on the unit and grant tables. Otherwise
 * 404 exactly as for an id that does not exist, so nobody learns that a victim exists in another unit. Waits for
 * `minPosition` like the route's own query (the unit of a victim just referred).
 */
@Injectable()
export class VictimInScopeInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return from(this.check(request)).pipe(mergeMap(() => next.handle()));
  }

  private async check(request: AuthenticatedRequest): Promise<void> {
    if (!request.user || !request.actingRole)
      throw new Error('VictimInScope used on a route the AuthGuard did not authenticate');
    const victimId = String(request.params.victimId ?? '').toLowerCase();
    // The route's own validation answers a malformed id; here it is simply not a victim anyone reaches.
    if (!UUID.test(victimId)) return;
    const minPosition =
      typeof request.query.minPosition === 'string' && /^\d{1,20}\/\d{1,20}$/.test(request.query.minPosition)
        ? request.query.minPosition
        : undefined;
    await this.freshness.waitFor([SCOPE_PROJECTION], minPosition);
    const scope = accessScopeOf(request.user, request.actingRole);
    // A national scope reaches every victim: the route itself answers 404 for one that does not exist.
    if (scope.national) return;
    const values: unknown[] = [victimId];
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 WHERE ${victimInScope(scope, '$1::uuid', values)}`,
      values,
    );
    if (rows.length === 0) throw victimNotFound(victimId);
  }
}

/**
 * The route reads the data of the victim in `:victimId`: answered only for a victim in the caller's scope. Put it
 * above `@AuditedRead` so that a refusal is audited too.
 */
export const VictimInScope = () => UseInterceptors(VictimInScopeInterceptor);
