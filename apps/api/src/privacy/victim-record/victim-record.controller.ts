import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { FreshnessQuery } from '../../queries/shared/page.query';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { GetVictimRecord } from './victim-record.query';
import { VictimRecordResponse } from './victim-record.responses';

/** The record an administrator opens by id before a subject access export, a retention decision or an erasure. */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('victims')
export class VictimRecordController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':victimId/record')
  @Roles('ADMIN')
  @ApiHeader({ name: 'X-Purpose', required: true, description: 'Why you are opening the record' })
  @ApiOperation({
    summary:
      "A victim's record for an administrator: status, scheme, region, closure, whether their personal data was erased and any open retention review (no personal data)",
  })
  @ApiOkResponse({ type: VictimRecordResponse })
  @ApiNotFoundResponse({ description: 'No such victim (or outside your units): the same answer' })
  @AuditedRead({ action: 'read victim record', resourceType: 'victim', resourceParam: 'victimId' })
  get(
    @Param() params: VictimPathParams,
    @Query() query: FreshnessQuery,
    @CallerScope() scope: AccessScope,
  ): Promise<VictimRecordResponse> {
    return this.queries.execute(new GetVictimRecord(params.victimId, scope, query.minPosition));
  }
}
