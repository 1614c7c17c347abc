import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { ReturnLetterCommand } from './return-letter.command';

@CommandHandler(ReturnLetterCommand)
export class ReturnLetterHandler implements ICommandHandler<ReturnLetterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, letterId, request, context }: ReturnLetterCommand): Promise<CommandResult> {
    const today = this.clock.today();
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'ReturnLetter',
        data: {
          victimId,
          letterId,
          returnedBy: context.actor.userId,
          returnedOn: today,
          recordedOn: today,
          personal: { comments: request.personal.comments },
        },
      },
      context,
    );
  }
}
