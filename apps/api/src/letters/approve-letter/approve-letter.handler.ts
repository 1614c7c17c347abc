import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { adHocLetterNotificationId } from '@vcs/notifications';
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
    const now = this.clock.now();
    const today = this.clock.today();
    // A letter drafted on its own goes as soon as it is approved (docs/letters.md); the domain ignores `sending` for a
    // notification's letter, which its own notification sends.
    const sending = { notificationId: adHocLetterNotificationId(victimId, letterId), dueAt: now.toISOString() };
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'ApproveLetter',
        data: { victimId, letterId, approvedBy: context.actor.userId, approvedOn: today, recordedOn: today, sending },
      },
      context,
    );
  }
}
