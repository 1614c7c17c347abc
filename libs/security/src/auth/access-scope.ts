import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AccessScope } from '@vcs/domain';
import type { AuthenticatedRequest } from './auth.guard';
import { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';
import { NATIONAL_UNIT } from './token-claims';

/** The victims a request may reach: the caller's units (every unit for an ADMIN with the `national` unit) and their grants. */
export function accessScopeOf(user: AuthenticatedUser, actingRole: Role): AccessScope {
  return {
    userId: user.userId,
    units: user.units.filter((unit) => unit !== NATIONAL_UNIT),
    national: actingRole === 'ADMIN' && user.units.includes(NATIONAL_UNIT),
  };
}

/** The caller's access scope, for queries that must answer only with victims the caller may reach. */
export const CallerScope = createParamDecorator((_data: unknown, context: ExecutionContext): AccessScope => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user || !request.actingRole)
    throw new Error('CallerScope used on a route the AuthGuard did not authenticate');
  return accessScopeOf(request.user, request.actingRole);
});
