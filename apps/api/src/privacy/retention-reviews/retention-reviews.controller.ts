import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { Page, PageQuery } from '../../queries/shared/page.query';
import { RetentionReviewPageResponse } from './retention-review.responses';
import { ListRetentionReviews, RetentionReview } from './list-retention-reviews.query';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('retention-reviews')
export class RetentionReviewsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('ADMIN')
  @ApiOperation({
    summary:
      'Open retention reviews (cases closed longer ago than the retention period), oldest first: each needs an ADMIN decision',
  })
  @ApiHeader({ name: 'X-Purpose', required: true, description: 'Why you are reading the retention reviews' })
  @ApiOkResponse({ type: RetentionReviewPageResponse })
  @AuditedRead({
    action: 'list retention reviews',
    resourceType: 'retention-review-list',
    victimIdsOf: (result) =>
      ((result as Page<RetentionReview> | undefined)?.items ?? []).map((review) => review.victimId),
  })
  list(@Query() query: PageQuery, @CallerScope() scope: AccessScope): Promise<Page<RetentionReview>> {
    return this.queries.execute(new ListRetentionReviews(query, scope));
  }
}
