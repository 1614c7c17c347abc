import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
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
import { SubmitLetterCommand } from './submit-letter.command';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('victims')
export class SubmitLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/letters/:letterId/submission')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Submit the letter to a manager for approval' })
  @ApiCreatedResponse({ type: LetterCommandResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async submit(
    @Param() params: LetterPathParams,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { letterId: string }> {
    const result: CommandResult = await this.commands.execute(
      new SubmitLetterCommand(params.victimId, params.letterId, context),
    );
    return { ...withRevisionHeaders(response, result), letterId: params.letterId };
  }
}
