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
import { LinkVictimToSentenceCommand } from './link-victim-to-sentence.command';
import { LinkVictimToSentenceDto } from './link-victim-to-sentence.dto';

@ApiTags('victims')
@ApiBearerAuth()
@Controller('victims')
export class LinkVictimToSentenceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':victimId/sentences')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: 'Link the victim to another sentence of the offender (or of another offender)' })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @CommandResponses()
  @OffersValidateOnly()
  async linkVictimToSentence(
    @Param() params: VictimPathParams,
    @Body() body: LinkVictimToSentenceDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(new LinkVictimToSentenceCommand(params.victimId, body, context));
    return withRevisionHeaders(response, result);
  }
}
