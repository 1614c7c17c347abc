import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { LetterCommandResponse } from '../shared/letter-command.response';
import { LetterPathParams } from '../shared/letter-path.params';
import { ReturnLetterCommand } from './return-letter.command';
import { ReturnLetterDto } from './return-letter.dto';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('victims')
export class ReturnLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/letters/:letterId/return')
  @HttpCode(201)
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary: 'Return a submitted letter to its author with comments (a manager who did not write or edit it)',
  })
  @ApiCreatedResponse({ type: LetterCommandResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async returnLetter(
    @Param() params: LetterPathParams,
    @Body() body: ReturnLetterDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { letterId: string }> {
    const result: CommandResult = await this.commands.execute(
      new ReturnLetterCommand(params.victimId, params.letterId, body, context),
    );
    return { ...withRevisionHeaders(response, result), letterId: params.letterId };
  }
}
