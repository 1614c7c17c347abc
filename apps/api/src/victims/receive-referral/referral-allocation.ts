import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { Actor } from '@vcs/security';
import { ReceiveReferralDto } from './receive-referral.dto';

/**
 * Who the referral's case is allocated to as it is recorded. A VLO who records it takes it on (their caseload) unless
 * they leave it for their manager to allocate; giving it to a colleague is a manager's decision, as re-allocating is.
 * A manager names the officer, or leaves it on the unit's unallocated list.
 */
export function referralOfficer(request: ReceiveReferralDto, actor: Actor): string | undefined {
  const named = request.victimLiaisonOfficerId;
  if (named !== undefined && request.leaveUnallocated === true)
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'the request is not valid',
      problems: [
        {
          field: 'leaveUnallocated',
          rule: 'conflict',
          message: 'allocate the case to an officer (victimLiaisonOfficerId) or leave it unallocated, not both',
        },
      ],
    });
  if (actor.role !== 'VLO') return named;
  if (named !== undefined && named !== actor.userId)
    throw new ForbiddenException({
      statusCode: 403,
      error: 'Forbidden',
      message:
        'a VLO allocates a referral to themselves or leaves it unallocated; giving it to a colleague is for a manager',
    });
  return request.leaveUnallocated === true ? undefined : actor.userId;
}
