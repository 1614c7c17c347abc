import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { LetterCommandResponse } from '../shared/letter-command.response';
import { DraftLetterCommand } from './draft-letter.command';
import { DraftLetterDto } from './draft-letter.dto';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('victims')
export class DraftLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/letters')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      "Draft a letter from the stage's plain-English template (or for a scheduled notification); read it back with GET to edit",
  })
  @ApiCreatedResponse({ type: LetterCommandResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async draft(
    @Param() params: VictimPathParams,
    @Body() body: DraftLetterDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { letterId: string }> {
    const letterId = newStreamId(body.letterId, context);
    const result: CommandResult = await this.commands.execute(
      new DraftLetterCommand(params.victimId, letterId, body, context),
    );
    return { ...withRevisionHeaders(response, result), letterId };
  }
}
