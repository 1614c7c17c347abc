import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { Actor, AuditedRead, CallerScope, CurrentActor, Roles } from '@vcs/security';
import { CaseloadSummaryQueryDto, CaseloadSummaryResponse } from './caseload-summary/caseload-summary.dto';
import { GetCaseloadSummaryQuery } from './caseload-summary/caseload-summary.query';
import { CaseloadTasksPageResponse, CaseloadTasksQueryDto } from './caseload-tasks/caseload-tasks.dto';
import { GetCaseloadTasksQuery } from './caseload-tasks/caseload-tasks.query';
import { GetAdminCaseloadTasksQuery } from './caseload-tasks/admin-caseload-tasks.query';

/** The caseload's routes (one controller, so the published operation ids stay); each use case is its own folder. */
@ApiTags('caseload')
@ApiBearerAuth()
@Controller('caseload')
export class CaseloadController {
  constructor(private readonly queries: QueryBus) {}

  @Get('tasks')
  @Roles('VLO', 'VLO_MANAGER', 'ADMIN')
  @ApiOperation({
    summary: 'Caseload tasks: what is due and overdue, oldest due first',
    description:
      "Open tasks by default (status=open). Filters: vloId (any VLO may look at a colleague's list, for cover), unassigned, region, kind, " +
      'overdue (due before today, Europe/London), dueBefore. Tasks name victims by id only; every call is written to the access audit. ' +
      "An ADMIN's caseload (X-Purpose required) is the work the worker's consumers parked: one `parked-work` task per parked stream " +
      '(consumer, event type, stream, victim or sentence id, error class, parked at; no personal data), open until a retry handles it, ' +
      'then done (`closedBecause` retried); oldest parked first; status, kind, sort and paging apply, the case-work filters are a 400.',
  })
  @ApiOkResponse({ type: CaseloadTasksPageResponse })
  @ApiBadRequestResponse({ description: 'A filter is not valid; `problems` names the field' })
  @AuditedRead({
    action: 'read caseload tasks',
    resourceType: 'caseload-tasks',
    victimIdsOf: (result) => [
      ...new Set(
        (result as CaseloadTasksPageResponse).items.map((t) => t.victimId).filter((id): id is string => id !== null),
      ),
    ],
  })
  tasks(
    @Query() query: CaseloadTasksQueryDto,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<CaseloadTasksPageResponse> {
    return this.queries.execute(
      actor.role === 'ADMIN' ? new GetAdminCaseloadTasksQuery(query, scope) : new GetCaseloadTasksQuery(query, scope),
    );
  }

  @Get('summary')
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Caseload counts per officer or per region: open cases, tasks due this week (Monday to Sunday), overdue tasks',
    description: 'Managers see every officer and region; a VLO sees only their own row (groupBy=vlo).',
  })
  @ApiOkResponse({ type: CaseloadSummaryResponse })
  @ApiBadRequestResponse({ description: 'A parameter is not valid; `problems` names the field' })
  @ApiForbiddenResponse({ description: "A VLO asked for regional figures or a colleague's" })
  @AuditedRead({ action: 'read caseload summary', resourceType: 'caseload-summary', victimIdsOf: () => [] })
  summary(
    @Query() query: CaseloadSummaryQueryDto,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<CaseloadSummaryResponse> {
    return this.queries.execute(new GetCaseloadSummaryQuery(query, actor, scope));
  }
}
