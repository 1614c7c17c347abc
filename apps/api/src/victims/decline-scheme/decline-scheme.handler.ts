import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { DeclineSchemeCommand } from './decline-scheme.command';

@CommandHandler(DeclineSchemeCommand)
export class DeclineSchemeHandler implements ICommandHandler<DeclineSchemeCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: DeclineSchemeCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'DeclineScheme',
        data: {
          victimId,
          declinedOn: request.declinedOn,
          recordedOn: this.clock.today(),
          personal: defined({ reason: request.personal?.reason }),
        },
      },
      context,
    );
  }
}
