import { CommandContext } from '../../commands/command-context';
import { NominateActingPersonDto } from './nominate-acting-person.dto';

export class NominateActingPersonCommand {
  constructor(
    readonly victimId: string,
    readonly actingPersonId: string,
    readonly request: NominateActingPersonDto,
    readonly context: CommandContext,
  ) {}
}
