import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@vcs/security';
import type { Response } from 'express';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { CommandCtx } from '../../commands/command-context.decorator';
import { MeetingRecordedResponse } from '../shared/sentence-command-result.response';
import { CommandResponses, withRevisionHeaders } from '../../http/command-responses';
import { OffersValidateOnly } from '../../http/validate-only';
import { newSentenceRecordId } from '../shared/sentence-record-id';
import { ApiSentenceIdParam, SentenceIdParam } from '../shared/sentence-id.param';
import { RecordInterAgencyMeetingCommand } from './record-inter-agency-meeting.command';
import { MeetingNotesAboutVictimDto, RecordInterAgencyMeetingDto } from './record-inter-agency-meeting.dto';

@ApiTags('sentences')
@ApiBearerAuth()
@ApiExtraModels(MeetingNotesAboutVictimDto)
@Controller('sentences')
export class RecordInterAgencyMeetingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':sentenceId/inter-agency-meetings')
  @HttpCode(201)
  @Roles('VLO', 'VLO_MANAGER')
  @ApiOperation({
    summary: "Record a MAPPA, parole, MARAC or other inter-agency meeting where the VLO presented victims' views",
  })
  @ApiSentenceIdParam()
  @ApiCreatedResponse({
    type: MeetingRecordedResponse,
    description: 'Recorded: the sentence stream, its new revision (ETag) and position, and the meetingId',
  })
  @CommandResponses()
  @OffersValidateOnly()
  async recordMeeting(
    @SentenceIdParam() sentenceId: string,
    @Body() body: RecordInterAgencyMeetingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult & { meetingId: string }> {
    const meetingId = newSentenceRecordId(body.meetingId, context, sentenceId, 'meeting');
    const result: CommandResult = await this.commands.execute(
      new RecordInterAgencyMeetingCommand(sentenceId, meetingId, body, context),
    );
    return { ...withRevisionHeaders(response, result), meetingId };
  }
}
