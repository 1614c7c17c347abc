import { CommandContext } from '../../commands/command-context';
import { EditLetterDto } from './edit-letter.dto';

export class EditLetterCommand {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly request: EditLetterDto,
    readonly context: CommandContext,
  ) {}
}
