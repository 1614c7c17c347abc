import { applyDecorators, BadRequestException, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AuthenticatedRequest } from '@vcs/security';

// The same rule as @AuditedRead's X-Purpose: 3-200 characters of plain text.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const PURPOSE = /^[^\u0000-\u001F\u007F]{3,200}$/;

/**
 * Administrators say why they act on a victim's record (X-Purpose), for commands as for reads (where @AuditedRead
 * checks it). Runs after the AuthGuard, so an unauthenticated or wrong-role caller gets 401/403 first.
 */
@Injectable()
export class PurposeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const purpose = context.switchToHttp().getRequest<AuthenticatedRequest>().header('x-purpose');
    if (purpose === undefined || !PURPOSE.test(purpose)) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: [{ field: 'X-Purpose', rule: 'purpose', message: 'X-Purpose is required: 3-200 characters of plain text saying why (e.g. "erasure request ER-2027-014")' }],
      });
    }
    return true;
  }
}

export function RequirePurpose() {
  return applyDecorators(UseGuards(PurposeGuard), ApiHeader({ name: 'X-Purpose', required: true, description: 'Why you are doing this (audited)' }));
}

/** The validated X-Purpose of a request that passed the PurposeGuard. */
export function purposeOf(request: AuthenticatedRequest): string {
  return request.header('x-purpose') ?? '';
}
