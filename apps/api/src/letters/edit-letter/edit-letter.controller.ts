import { Body, Controller, HttpCode, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { LetterCommandResponse } from '../shared/letter-command.response';
import { LetterPathParams } from '../shared/letter-path.params';
import { EditLetterCommand } from './edit-letter.command';
import { EditLetterDto } from './edit-letter.dto';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('victims')
export class EditLetterController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':victimId/letters/:letterId')
  @HttpCode(200)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: 'Edit the letter; an approved or returned letter goes back to draft and needs approving again',
  })
  @ApiOkResponse({ type: LetterCommandResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async edit(
    @Param() params: LetterPathParams,
    @Body() body: EditLetterDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { letterId: string }> {
    const result: CommandResult = await this.commands.execute(
      new EditLetterCommand(params.victimId, params.letterId, body, context),
    );
    return { ...withRevisionHeaders(response, result), letterId: params.letterId };
  }
}
