import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../../victims/shared/command-result.response';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { GrantCaseAccessCommand } from './grant-case-access.handler';
import { GrantCaseAccessDto } from './grant-case-access.dto';

@ApiTags('case access')
@ApiBearerAuth()
@Controller('victims')
export class GrantCaseAccessController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/access-grants')
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      'Open this one case to one person of another unit for a number of hours, with a reason (a manager of the unit holding it)',
  })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async grant(
    @Param() params: VictimPathParams,
    @Body() body: GrantCaseAccessDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    return withRevisionHeaders(
      response,
      await this.commands.execute(new GrantCaseAccessCommand(params.victimId, body, context)),
    );
  }
}
