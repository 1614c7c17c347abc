import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { MilestoneRecordedResponse } from '../shared/sentence-command-result.response';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { newSentenceRecordId } from '../shared/sentence-record-id';
import { ApiSentenceIdParam, SentenceIdParam } from '../shared/sentence-id.param';
import { DETAIL_DTOS } from './milestone-details.dto';
import { RecordSentenceMilestoneCommand } from './record-sentence-milestone.command';
import { RecordSentenceMilestoneDto } from './record-sentence-milestone.dto';

@ApiTags('sentences')
@ApiBearerAuth()
@ApiExtraModels(...DETAIL_DTOS)
@Controller('sentences')
export class RecordSentenceMilestoneController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':sentenceId/milestones')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary:
      'Record a key stage of the sentence (parole, release, licence conditions, recall, discharge …) with its structured detail',
  })
  @ApiSentenceIdParam()
  @ApiCreatedResponse({
    type: MilestoneRecordedResponse,
    description: 'Recorded: the sentence stream, its new revision (ETag) and position, and the milestoneId',
  })
  @CommandResponses()
  @OffersValidateOnly()
  async recordMilestone(
    @SentenceIdParam() sentenceId: string,
    @Body() body: RecordSentenceMilestoneDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { milestoneId: string }> {
    const milestoneId = newSentenceRecordId(body.milestoneId, context, sentenceId, 'milestone');
    const result: CommandResult = await this.commands.execute(
      new RecordSentenceMilestoneCommand(sentenceId, milestoneId, body, context),
    );
    return { ...withRevisionHeaders(response, result), milestoneId };
  }
}
