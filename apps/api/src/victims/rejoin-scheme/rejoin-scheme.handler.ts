import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { RejoinSchemeCommand } from './rejoin-scheme.command';

@CommandHandler(RejoinSchemeCommand)
export class RejoinSchemeHandler implements ICommandHandler<RejoinSchemeCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: RejoinSchemeCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'RejoinScheme',
        data: {
          victimId,
          rejoinedOn: request.rejoinedOn,
          recordedOn: this.clock.today(),
          victimLiaisonOfficerId: request.victimLiaisonOfficerId,
        },
      },
      context,
    );
  }
}
