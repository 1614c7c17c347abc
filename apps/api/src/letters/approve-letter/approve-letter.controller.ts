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
import { ApproveLetterCommand } from './approve-letter.command';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('victims')
export class ApproveLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/letters/:letterId/approval')
  @HttpCode(201)
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary:
      'Approve a submitted letter (a manager who did not write or edit it: four eyes); only an approved letter is sent or printed. ' +
      "A letter drafted on its own is queued to be sent through the notifications in the same append (NotificationScheduled), or, when the victim may not be written to about it, the refusal is recorded with its rule (LetterSendingRefused); a notification's letter goes with its notification",
  })
  @ApiCreatedResponse({ type: LetterCommandResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async approve(
    @Param() params: LetterPathParams,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { letterId: string }> {
    const result: CommandResult = await this.commands.execute(
      new ApproveLetterCommand(params.victimId, params.letterId, context),
    );
    return { ...withRevisionHeaders(response, result), letterId: params.letterId };
  }
}
