import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { UpdateVictimDetailsCommand } from './update-victim-details.command';

@CommandHandler(UpdateVictimDetailsCommand)
export class UpdateVictimDetailsHandler implements ICommandHandler<UpdateVictimDetailsCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: UpdateVictimDetailsCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'UpdateVictimDetails',
        data: {
          victimId,
          updatedOn: request.updatedOn,
          recordedOn: this.clock.today(),
          personal: defined({ fullName: request.personal.fullName, dateOfBirth: request.personal.dateOfBirth }),
        },
      },
      context,
    );
  }
}
