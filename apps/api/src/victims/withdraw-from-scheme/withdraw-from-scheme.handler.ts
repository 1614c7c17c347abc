import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { WithdrawFromSchemeCommand } from './withdraw-from-scheme.command';

@CommandHandler(WithdrawFromSchemeCommand)
export class WithdrawFromSchemeHandler implements ICommandHandler<WithdrawFromSchemeCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: WithdrawFromSchemeCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'WithdrawFromScheme',
        data: {
          victimId,
          withdrewOn: request.withdrewOn,
          recordedOn: this.clock.today(),
          personal: defined({ reason: request.personal?.reason }),
        },
      },
      context,
    );
  }
}
