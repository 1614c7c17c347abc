import { CommandContext } from '../../commands/command-context';
import { RecordContactDto } from './record-contact.dto';

export class RecordContactCommand {
  constructor(
    readonly victimId: string,
    readonly contactId: string,
    readonly request: RecordContactDto,
    readonly context: CommandContext,
  ) {}
}
