import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { Page } from '../shared/page.query';
import { ListOutboxMessages } from './list-outbox-messages.query';
import { OutboxMessage, OutboxQuery } from './outbox.query';
import { OutboxPageResponse } from './outbox.responses';

/**
 * The local outbox: what the default channel "sent" (letters, emails and texts as they would have gone out). It
 * holds recipients and message text, so every read is audited with the victims it showed.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('outbox')
export class OutboxController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('VLO', 'VLO_MANAGER', 'ADMIN')
  @ApiOperation({
    summary: "The local outbox's messages (newest first), optionally one victim's or by status; every read is audited",
  })
  @ApiHeader({ name: 'X-Purpose', required: false, description: 'Why you are reading this (required for ADMIN)' })
  @ApiOkResponse({ type: OutboxPageResponse, description: 'A page of messages' })
  @ApiBadRequestResponse({ description: 'A filter is not valid; `problems` names the field' })
  @AuditedRead({
    action: 'read notification outbox',
    resourceType: 'notification-outbox',
    victimIdsOf: (result) => [...new Set((result as Page<OutboxMessage>).items.map((item) => item.victimId))],
  })
  list(@Query() query: OutboxQuery, @CallerScope() scope: AccessScope): Promise<Page<OutboxMessage>> {
    return this.queries.execute(new ListOutboxMessages(query, scope));
  }
}
