import { CommandContext } from '../../commands/command-context';
import { RecordSentenceMilestoneDto } from './record-sentence-milestone.dto';

export class RecordSentenceMilestoneCommand {
  constructor(
    readonly sentenceId: string,
    readonly milestoneId: string,
    readonly request: RecordSentenceMilestoneDto,
    readonly context: CommandContext,
  ) {}
}
