import { CommandContext } from '../../commands/command-context';
import { EnrolVictimDto } from './enrol-victim.dto';

export class EnrolVictimCommand {
  constructor(
    readonly victimId: string,
    readonly request: EnrolVictimDto,
    readonly context: CommandContext,
  ) {}
}
