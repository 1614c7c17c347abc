import { CommandContext } from '../../commands/command-context';
import { RecordSentenceDto } from './record-sentence.dto';

export class RecordSentenceCommand {
  constructor(
    readonly sentenceId: string,
    readonly request: RecordSentenceDto,
    readonly context: CommandContext,
  ) {}
}
