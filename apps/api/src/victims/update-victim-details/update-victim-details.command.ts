import { CommandContext } from '../../commands/command-context';
import { UpdateVictimDetailsDto } from './update-victim-details.dto';

export class UpdateVictimDetailsCommand {
  constructor(
    readonly victimId: string,
    readonly request: UpdateVictimDetailsDto,
    readonly context: CommandContext,
  ) {}
}
