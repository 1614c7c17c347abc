import { CommandContext } from '../../commands/command-context';
import { HandContactToVictimDto } from './hand-contact-to-victim.dto';

export class HandContactToVictimCommand {
  constructor(
    readonly victimId: string,
    readonly request: HandContactToVictimDto,
    readonly context: CommandContext,
  ) {}
}
