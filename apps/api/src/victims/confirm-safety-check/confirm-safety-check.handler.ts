import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { ConfirmSafetyCheckCommand } from './confirm-safety-check.command';

@CommandHandler(ConfirmSafetyCheckCommand)
export class ConfirmSafetyCheckHandler implements ICommandHandler<ConfirmSafetyCheckCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, request, context }: ConfirmSafetyCheckCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'ConfirmSafetyCheck',
        data: {
          victimId,
          confirmedOn: request.confirmedOn,
          recordedOn: this.clock.today(),
          // Whoever calls is who checked: the record says who vouched for the address or number.
          checkedBy: context.actor.userId,
          channel: request.channel,
        },
      },
      context,
    );
  }
}
