import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { ApproveLetterCommand } from './approve-letter.command';

@CommandHandler(ApproveLetterCommand)
export class ApproveLetterHandler implements ICommandHandler<ApproveLetterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, letterId, context }: ApproveLetterCommand): Promise<CommandResult> {
    const today = this.clock.today();
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'ApproveLetter',
        data: { victimId, letterId, approvedBy: context.actor.userId, approvedOn: today, recordedOn: today },
      },
      context,
    );
  }
}
