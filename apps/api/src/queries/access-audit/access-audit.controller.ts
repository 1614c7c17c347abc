import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessAudit, AccessAuditEntry, AuditedRead, Roles } from '@vcs/security';
import { Page } from '../shared/page.query';
import { AccessAuditQuery } from './access-audit.query';
import { AccessAuditPageResponse } from './access-audit.responses';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('access-audit')
export class AccessAuditController {
  constructor(private readonly audit: AccessAudit) {}

  @Get()
  @Roles('ADMIN')
  @ApiOperation({ summary: "Who read victims' data, when and why (newest first); reading the trail is itself audited" })
  @ApiHeader({ name: 'X-Purpose', required: true, description: 'Why you are reading the audit trail' })
  @ApiOkResponse({ type: AccessAuditPageResponse })
  @AuditedRead({
    action: 'read access audit',
    resourceType: 'access-audit',
    victimIdsOf: (_result, request) => (typeof request.query.victimId === 'string' ? [request.query.victimId] : []),
  })
  async search(@Query() query: AccessAuditQuery): Promise<Page<AccessAuditEntry>> {
    const { total, entries } = await this.audit.search({
      victimId: query.victimId,
      userId: query.userId,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { page: query.page, pageSize: query.pageSize, total, items: entries };
  }
}
