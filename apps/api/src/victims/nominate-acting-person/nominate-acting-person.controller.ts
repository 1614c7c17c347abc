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
import { ActingPersonNominatedResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { NominateActingPersonCommand } from './nominate-acting-person.command';
import { NominateActingPersonDto } from './nominate-acting-person.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class NominateActingPersonController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/acting-persons')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: 'Nominate a person to act for the victim (family member, representative, parent or guardian, next of kin)',
  })
  @ApiCreatedResponse({ type: ActingPersonNominatedResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async nominateActingPerson(
    @Param() params: VictimPathParams,
    @Body() body: NominateActingPersonDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { actingPersonId: string }> {
    const actingPersonId = newStreamId(body.actingPersonId, context);
    const result: CommandResult = await this.commands.execute(
      new NominateActingPersonCommand(params.victimId, actingPersonId, body, context),
    );
    return { ...withRevisionHeaders(response, result), actingPersonId };
  }
}
