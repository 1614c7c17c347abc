import { CommandContext } from '../../commands/command-context';
import { DraftLetterDto } from './draft-letter.dto';

export class DraftLetterCommand {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly request: DraftLetterDto,
    readonly context: CommandContext,
  ) {}
}
