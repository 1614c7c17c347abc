import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { newStreamId } from '../../commands/new-stream-id';
import { SentenceCommandResultResponse } from '../shared/sentence-command-result.response';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { RecordSentenceCommand } from './record-sentence.command';
import { RecordSentenceDto } from './record-sentence.dto';

@ApiTags('sentences')
@ApiBearerAuth()
@Controller('sentences')
export class RecordSentenceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({ summary: "Record an offender's sentence or order (the case the victims are linked to)" })
  @ApiCreatedResponse({
    type: SentenceCommandResultResponse,
    description: 'Recorded: the sentence stream, its revision (ETag) and position',
  })
  @CommandResponses()
  @OffersValidateOnly()
  async recordSentence(
    @Body() body: RecordSentenceDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const result = await this.commands.execute(
      new RecordSentenceCommand(newStreamId(body.sentenceId, context), body, context),
    );
    return withRevisionHeaders(response, result);
  }
}
