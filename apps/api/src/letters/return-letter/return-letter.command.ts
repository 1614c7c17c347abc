import { CommandContext } from '../../commands/command-context';
import { ReturnLetterDto } from './return-letter.dto';

export class ReturnLetterCommand {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly request: ReturnLetterDto,
    readonly context: CommandContext,
  ) {}
}
