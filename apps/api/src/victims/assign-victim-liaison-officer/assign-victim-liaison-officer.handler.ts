import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { StaffDirectory } from '../../staff/staff-directory';
import { AssignVictimLiaisonOfficerCommand } from './assign-victim-liaison-officer.command';

@CommandHandler(AssignVictimLiaisonOfficerCommand)
export class AssignVictimLiaisonOfficerHandler implements ICommandHandler<
  AssignVictimLiaisonOfficerCommand,
  CommandResult
> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly staff: StaffDirectory,
  ) {}

  async execute({ victimId, request, context }: AssignVictimLiaisonOfficerCommand): Promise<CommandResult> {
    const officerUnits = await this.staff.unitsOf(request.victimLiaisonOfficerId);
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'AssignVictimLiaisonOfficer',
        data: {
          victimId,
          victimLiaisonOfficerId: request.victimLiaisonOfficerId,
          assignedOn: request.assignedOn,
          recordedOn: this.clock.today(),
          officerUnits,
        },
      },
      context,
    );
  }
}
