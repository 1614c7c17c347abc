import { Body, Controller, HttpCode, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../shared/command-result.response';
import { VictimPathParams } from '../shared/victim-path.params';
import { AssignVictimLiaisonOfficerCommand } from './assign-victim-liaison-officer.command';
import { AssignVictimLiaisonOfficerDto } from './assign-victim-liaison-officer.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class AssignVictimLiaisonOfficerController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':victimId/victim-liaison-officer')
  @HttpCode(200)
  @Roles('VLO_MANAGER')
  @ApiOperation({ summary: 'Assign the victim to a different victim liaison officer (managers only)' })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async assignVictimLiaisonOfficer(
    @Param() params: VictimPathParams,
    @Body() body: AssignVictimLiaisonOfficerDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new AssignVictimLiaisonOfficerCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
