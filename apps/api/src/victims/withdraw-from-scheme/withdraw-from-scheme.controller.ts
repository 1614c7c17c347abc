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
import { WithdrawFromSchemeCommand } from './withdraw-from-scheme.command';
import { WithdrawFromSchemeDto } from './withdraw-from-scheme.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class WithdrawFromSchemeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/withdrawal')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Record that an enrolled victim withdrew from the scheme' })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async withdrawFromScheme(
    @Param() params: VictimPathParams,
    @Body() body: WithdrawFromSchemeDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new WithdrawFromSchemeCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
