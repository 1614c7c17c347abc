import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Optional,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccessAudit } from '../audit/access-audit';
import { recordRefusedCall } from '../audit/refused-call';
import { AuthenticatedUser } from './authenticated-user';
import { Role } from './role';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
  /** The role the request acts in: the first of the caller's roles that the route admits. */
  actingRole?: Role;
}

/**
 * Deny by default: 401 without a valid token, 403 when none of the caller's roles is admitted by the route. A 403 is
 * written to the access audit (who, route pattern, why): someone with a valid token tried a route not theirs.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Optional() private readonly audit?: AccessAudit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match)
      throw new UnauthorizedException({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'a bearer token is required',
      });
    try {
      request.user = await this.verifier.verify(match[1]);
    } catch (error) {
      const reason = error instanceof InvalidTokenError ? error.reason : 'token could not be verified';
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: reason });
    }
    const admitted = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    const actingRole = request.user.roles.find((role) => admitted.includes(role));
    if (!actingRole) {
      if (this.audit) await recordRefusedCall(this.audit, request, 403, 'role-not-admitted');
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: 'your role may not do this' });
    }
    request.actingRole = actingRole;
    return true;
  }
}
