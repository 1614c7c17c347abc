import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AccessAudit, AccessAuditEntry, Actor, AuditedRead, CallerScope, CurrentActor, Roles } from '@vcs/security';
import { victimInScope } from '../shared/access-scope.sql';
import { Page } from '../shared/page.query';
import { AccessAuditQuery } from './access-audit.query';
import { AccessAuditPageResponse } from './access-audit.responses';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('access-audit')
export class AccessAuditController {
  constructor(private readonly audit: AccessAudit) {}

  @Get()
  @Roles('ADMIN', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      "Who read victims' data, when and why (newest first); reading the trail is itself audited. " +
      "An administrator sees every entry; a manager only entries about their units' victims (and victims a live grant opens to them), each naming only those victims.",
  })
  @ApiHeader({
    name: 'X-Purpose',
    required: false,
    description: 'Why you are reading the audit trail; required for ADMIN',
  })
  @ApiOkResponse({ type: AccessAuditPageResponse })
  @AuditedRead({
    action: 'read access audit',
    resourceType: 'access-audit',
    victimIdsOf: (_result, request) => (typeof request.query.victimId === 'string' ? [request.query.victimId] : []),
  })
  async search(
    @Query() query: AccessAuditQuery,
    @CurrentActor() actor: Actor,
    @CallerScope() scope: AccessScope,
  ): Promise<Page<AccessAuditEntry>> {
    const { total, entries } = await this.audit.search({
      victimId: query.victimId,
      userId: query.userId,
      // Administrators (information governance) audit the whole service; a manager their own units' victims.
      reach: actor.role === 'ADMIN' ? undefined : (column, values) => victimInScope(scope, column, values),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { page: query.page, pageSize: query.pageSize, total, items: entries };
  }
}
