import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { CommandResultResponse } from '../../victims/shared/command-result.response';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { purposeOf, RequirePurpose } from '../shared/purpose.guard';
import { DecideRetentionCommand } from './decide-retention.command';
import { DecideRetentionDto } from './decide-retention.dto';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('victims')
export class DecideRetentionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/retention-decision')
  @HttpCode(201)
  @Roles('ADMIN')
  @RequirePurpose()
  @ApiOperation({
    summary: "Decide a retention review: erase the victim's personal data, or retain it (until when, and why)",
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  async decide(
    @Param() params: VictimPathParams,
    @Body() body: DecideRetentionDto,
    @CommandCtx() context: CommandContext,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result: CommandResult = await this.commands.execute(
      new DecideRetentionCommand(params.victimId, body, context, purposeOf(request)),
    );
    return withRevisionHeaders(response, result);
  }
}
