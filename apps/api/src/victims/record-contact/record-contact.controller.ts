import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { ContactRecordedResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { RecordContactCommand } from './record-contact.command';
import { RecordContactDto } from './record-contact.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class RecordContactController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/contacts')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Record a contact with the victim (or the person acting for them)' })
  @ApiCreatedResponse({ type: ContactRecordedResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async recordContact(
    @Param() params: VictimPathParams,
    @Body() body: RecordContactDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { contactId: string }> {
    const contactId = newStreamId(body.contactId, context);
    const result: CommandResult = await this.commands.execute(
      new RecordContactCommand(params.victimId, contactId, body, context),
    );
    return { ...withRevisionHeaders(response, result), contactId };
  }
}
