import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined, toPersonDetails } from '../shared/personal-data';
import { NominateActingPersonCommand } from './nominate-acting-person.command';

@CommandHandler(NominateActingPersonCommand)
export class NominateActingPersonHandler implements ICommandHandler<NominateActingPersonCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, actingPersonId, request, context }: NominateActingPersonCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'NominateActingPerson',
        data: {
          victimId,
          actingPersonId,
          role: request.role,
          nominatedOn: request.nominatedOn,
          recordedOn: this.clock.today(),
          receivesCommunications: request.receivesCommunications,
          personal: defined({
            ...toPersonDetails(request.personal),
            relationshipToVictim: request.personal.relationshipToVictim,
          }),
        },
      },
      context,
    );
  }
}
