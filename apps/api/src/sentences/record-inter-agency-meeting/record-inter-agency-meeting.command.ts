import { CommandContext } from '../../commands/command-context';
import { RecordInterAgencyMeetingDto } from './record-inter-agency-meeting.dto';

export class RecordInterAgencyMeetingCommand {
  constructor(
    readonly sentenceId: string,
    readonly meetingId: string,
    readonly request: RecordInterAgencyMeetingDto,
    readonly context: CommandContext,
  ) {}
}
