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
import { ConfirmSafetyCheckCommand } from './confirm-safety-check.command';
import { ConfirmSafetyCheckDto } from './confirm-safety-check.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class ConfirmSafetyCheckController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/safety-checks')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: 'Confirm it is still safe to contact a victim with a safety flag by a channel',
    description:
      'Before anything is sent to a victim flagged for domestic abuse or other safety concerns, a VLO confirms the address or number is still ' +
      'safe to use. The caller is recorded as who checked. Notifications waiting for the check are sent once it is recorded (and still recent).',
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async confirmSafetyCheck(
    @Param() params: VictimPathParams,
    @Body() body: ConfirmSafetyCheckDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new ConfirmSafetyCheckCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
