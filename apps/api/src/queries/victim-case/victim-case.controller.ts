import { VictimInScope } from '../shared/victim-in-scope';
import { BadRequestException, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import type { Response } from 'express';
import { REVISION_ETAG_HEADER, withRevisionETag } from '../../http/revision-etag';
import { GetCaseTimeline } from './get-case-timeline/get-case-timeline.query';
import { GetVictimCase } from './get-victim-case/get-victim-case.query';
import { ListVictimCases } from './list-victim-cases/list-victim-cases.query';
import { CaseTimelineQuery, VictimCaseListQuery, VictimCaseQuery, VictimIdParams } from './victim-case.requests';
import { CaseTimelineResponse, VictimCaseListResponse, VictimCaseResponse } from './victim-case.responses';

/**
 * The victim case view, its timeline and the caseload list, for victim liaison officers and their managers.
 * Administrators are not admitted: the case view holds the victim's contact details, and a subject access
 * request needs the whole decrypted history, which is a separate export (see docs/read-models/victim-case.md).
 */
@ApiTags('victim cases')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'A parameter is not valid; `problems` names each field' })
@ApiServiceUnavailableResponse({
  description: 'minPosition was given and the read model has not reached it within 5 s; retry',
})
@Controller('victims')
export class VictimCaseController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Victim cases, filtered (VLO or unallocated, region, scheme, status, next due before, sentence reference, victim ids), sorted and paginated',
  })
  @ApiOkResponse({ type: VictimCaseListResponse })
  @AuditedRead({
    action: 'list victim cases',
    resourceType: 'victim-case-list',
    victimIdsOf: (result) => ((result as VictimCaseListResponse | undefined)?.items ?? []).map((item) => item.victimId),
  })
  async list(@Query() query: VictimCaseListQuery, @CallerScope() scope: AccessScope): Promise<VictimCaseListResponse> {
    const { vloId, unallocated, region, scheme, status, nextDueBefore, reference, victimIds } = query;
    if (vloId !== undefined && unallocated === 'true')
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'the request is not valid',
        problems: [
          {
            field: 'unallocated',
            rule: 'conflict',
            message: 'ask for one officer (vloId) or for unallocated cases, not both',
          },
        ],
      });
    return this.queries.execute(
      new ListVictimCases(
        scope,
        { vloId, unallocated: unallocated === 'true', region, scheme, status, nextDueBefore, reference, victimIds },
        query.sort,
        query.page,
        query.pageSize,
        query.minPosition,
      ),
    );
  }

  @Get(':victimId')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      "The victim's case: scheme and status, sentences, VLO, preferences, contact details, last contact, tasks and deadlines",
  })
  @ApiOkResponse({ type: VictimCaseResponse, headers: REVISION_ETAG_HEADER })
  @ApiNotFoundResponse({ description: 'No such victim' })
  @VictimInScope()
  @AuditedRead({ action: 'read victim case view', resourceType: 'victim', resourceParam: 'victimId' })
  async caseView(
    @Param() params: VictimIdParams,
    @Query() query: VictimCaseQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<VictimCaseResponse> {
    return withRevisionETag(
      response,
      await this.queries.execute<GetVictimCase, VictimCaseResponse>(
        new GetVictimCase(params.victimId, query.minPosition),
      ),
    );
  }

  @Get(':victimId/timeline')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      "Everything that happened on the victim's case and their sentences, in plain words, oldest first (order=desc for newest first)",
  })
  @ApiOkResponse({ type: CaseTimelineResponse })
  @ApiNotFoundResponse({ description: 'No such victim' })
  @VictimInScope()
  @AuditedRead({ action: 'read case timeline', resourceType: 'victim', resourceParam: 'victimId' })
  async timeline(@Param() params: VictimIdParams, @Query() query: CaseTimelineQuery): Promise<CaseTimelineResponse> {
    return this.queries.execute(
      new GetCaseTimeline(params.victimId, query.page, query.pageSize, query.order, query.minPosition),
    );
  }
}
