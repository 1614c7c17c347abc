import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { CommandResultResponse } from '../../victims/shared/command-result.response';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { TransferCaseCommand } from './transfer-case.handler';
import { TransferCaseDto } from './transfer-case.dto';

@ApiTags('case access')
@ApiBearerAuth()
@Controller('victims')
export class TransferCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/transfer')
  @HttpCode(200)
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      'Move the case to another victim liaison unit (a manager of the unit holding it or of the unit taking it), with a reason',
  })
  @ApiOkResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async transfer(
    @Param() params: VictimPathParams,
    @Body() body: TransferCaseDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    return withRevisionHeaders(
      response,
      await this.commands.execute(new TransferCaseCommand(params.victimId, body, context)),
    );
  }
}
