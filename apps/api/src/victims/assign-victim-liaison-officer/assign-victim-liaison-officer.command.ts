import { CommandContext } from '../../commands/command-context';
import { AssignVictimLiaisonOfficerDto } from './assign-victim-liaison-officer.dto';

export class AssignVictimLiaisonOfficerCommand {
  constructor(
    readonly victimId: string,
    readonly request: AssignVictimLiaisonOfficerDto,
    readonly context: CommandContext,
  ) {}
}
