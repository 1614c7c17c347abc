import { Body, Controller, HttpCode, Param, Patch, Res } from '@nestjs/common';
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
import { UpdateVictimDetailsCommand } from './update-victim-details.command';
import { UpdateVictimDetailsDto } from './update-victim-details.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class UpdateVictimDetailsController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':victimId/details')
  @HttpCode(200)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: "Correct the victim's name or date of birth" })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async updateVictimDetails(
    @Param() params: VictimPathParams,
    @Body() body: UpdateVictimDetailsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new UpdateVictimDetailsCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
