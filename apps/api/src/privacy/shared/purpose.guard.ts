import {
  applyDecorators,
  BadRequestException,
  CanActivate,
  ExecutionContext,
  Injectable,
  Optional,
  UseGuards,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import {
  AccessAudit,
  AuthenticatedRequest,
  PURPOSE_RULE,
  purposeOf as listedPurposeOf,
  recordRefusedCall,
} from '@vcs/security';

/**
 * Administrators say why they act on a victim's record (X-Purpose), for commands as for reads (where @AuditedRead
 * checks it). Runs after the AuthGuard, so an unauthenticated or wrong-role caller gets 401/403 first.
 */
@Injectable()
export class PurposeGuard implements CanActivate {
  constructor(@Optional() private readonly audit?: AccessAudit) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const purpose = request.header('x-purpose');
    if (purpose === undefined || listedPurposeOf(purpose) === undefined) {
      // Refused calls are audited like answered ones.
      if (this.audit)
        await recordRefusedCall(
          this.audit,
          request,
          400,
          purpose === undefined ? 'purpose-missing' : 'purpose-not-listed',
        );
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: [{ field: 'X-Purpose', rule: 'purpose', message: `X-Purpose is required. ${PURPOSE_RULE}` }],
      });
    }
    return true;
  }
}

export function RequirePurpose() {
  return applyDecorators(
    UseGuards(PurposeGuard),
    ApiHeader({ name: 'X-Purpose', required: true, description: 'Why you are doing this (audited)' }),
  );
}

/** The validated X-Purpose of a request that passed the PurposeGuard. */
export function purposeOf(request: AuthenticatedRequest): string {
  return request.header('x-purpose') ?? '';
}
