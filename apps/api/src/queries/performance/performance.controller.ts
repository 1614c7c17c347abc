import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { PerformanceFigures } from './performance.figures';
import { PerformanceMonthsQuery } from './performance.requests';
import {
  DecisionNoticesResponse,
  FirstContactResponse,
  LettersFigureResponse,
  NotificationsFigureResponse,
  ReferralsResponse,
} from './performance.responses';

const COUNTS_ONLY =
  'Counts per month for your units’ cases; no victim is named. Every call is written to the access audit.';

/** How the unit is doing: the figures behind the managers' charts, for performance teams too (docs/performance.md). */
@ApiTags('performance')
@ApiBearerAuth()
@Controller('performance')
export class PerformanceController {
  constructor(private readonly figures: PerformanceFigures) {}

  @Get('first-contact')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      "First contact within 20 working days of the referral (Victims' Code Right 11), by month, against the target",
    description: COUNTS_ONLY,
  })
  @ApiOkResponse({ type: FirstContactResponse })
  @ApiBadRequestResponse({ description: 'A month is not valid; `problems` names the field' })
  @AuditedRead({ action: 'read first-contact figures', resourceType: 'performance', victimIdsOf: () => [] })
  firstContact(
    @Query() query: PerformanceMonthsQuery,
    @CallerScope() scope: AccessScope,
  ): Promise<FirstContactResponse> {
    return this.figures.firstContact(query, scope);
  }

  @Get('referrals')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary: 'Victims referred, and eligible sentences with no referral by their deadline (missed referrals), by month',
    description: COUNTS_ONLY,
  })
  @ApiOkResponse({ type: ReferralsResponse })
  @ApiBadRequestResponse({ description: 'A month is not valid; `problems` names the field' })
  @AuditedRead({ action: 'read referral figures', resourceType: 'performance', victimIdsOf: () => [] })
  referrals(@Query() query: PerformanceMonthsQuery, @CallerScope() scope: AccessScope): Promise<ReferralsResponse> {
    return this.figures.referrals(query, scope);
  }

  @Get('decision-notices')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      'Release and parole decisions: time from the decision being recorded to the victim being told, and the share told the same working day, by month',
    description: COUNTS_ONLY,
  })
  @ApiOkResponse({ type: DecisionNoticesResponse })
  @ApiBadRequestResponse({ description: 'A month is not valid; `problems` names the field' })
  @AuditedRead({ action: 'read decision-notice figures', resourceType: 'performance', victimIdsOf: () => [] })
  decisionNotices(
    @Query() query: PerformanceMonthsQuery,
    @CallerScope() scope: AccessScope,
  ): Promise<DecisionNoticesResponse> {
    return this.figures.decisionNotices(query, scope);
  }

  @Get('letters')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      'Letters: drafted, approved, sent and returned, with the median days from draft to approval and approval to sending, by month',
    description: COUNTS_ONLY,
  })
  @ApiOkResponse({ type: LettersFigureResponse })
  @ApiBadRequestResponse({ description: 'A month is not valid; `problems` names the field' })
  @AuditedRead({ action: 'read letter figures', resourceType: 'performance', victimIdsOf: () => [] })
  letters(@Query() query: PerformanceMonthsQuery, @CallerScope() scope: AccessScope): Promise<LettersFigureResponse> {
    return this.figures.letters(query, scope);
  }

  @Get('notifications')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary: 'Notifications due, sent, failed, not delivered, and fallen back to a letter, by month',
    description: COUNTS_ONLY,
  })
  @ApiOkResponse({ type: NotificationsFigureResponse })
  @ApiBadRequestResponse({ description: 'A month is not valid; `problems` names the field' })
  @AuditedRead({ action: 'read notification figures', resourceType: 'performance', victimIdsOf: () => [] })
  notifications(
    @Query() query: PerformanceMonthsQuery,
    @CallerScope() scope: AccessScope,
  ): Promise<NotificationsFigureResponse> {
    return this.figures.notifications(query, scope);
  }
}
