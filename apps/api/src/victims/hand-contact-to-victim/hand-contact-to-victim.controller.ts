import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { HandContactToVictimCommand } from './hand-contact-to-victim.command';
import { HandContactToVictimDto } from './hand-contact-to-victim.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class HandContactToVictimController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/contact-handover')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record that a child victim, now 18, is in touch with the service themselves (optionally their own contact preferences)',
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async handContactToVictim(
    @Param() params: VictimPathParams,
    @Body() body: HandContactToVictimDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new HandContactToVictimCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
