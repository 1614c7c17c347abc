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
import { EnrolVictimCommand } from './enrol-victim.command';
import { EnrolVictimDto } from './enrol-victim.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class EnrolVictimController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/enrolment')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Enrol the victim in the statutory or discretionary VCS, or the VNS, on a linked sentence' })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async enrolVictim(
    @Param() params: VictimPathParams,
    @Body() body: EnrolVictimDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new EnrolVictimCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
