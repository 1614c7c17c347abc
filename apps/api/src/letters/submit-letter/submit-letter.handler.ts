import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { SubmitLetterCommand } from './submit-letter.command';

@CommandHandler(SubmitLetterCommand)
export class SubmitLetterHandler implements ICommandHandler<SubmitLetterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, letterId, context }: SubmitLetterCommand): Promise<CommandResult> {
    const today = this.clock.today();
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'SubmitLetterForApproval',
        data: { victimId, letterId, submittedBy: context.actor.userId, submittedOn: today, recordedOn: today },
      },
      context,
    );
  }
}
