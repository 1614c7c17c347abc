import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { PrivacyAudit } from '../shared/privacy-audit';
import { DecideRetentionCommand } from './decide-retention.command';

/** An ADMIN's decision on a retention review (RetentionDecided). Nothing is erased here: erasure is its own command. */
@CommandHandler(DecideRetentionCommand)
export class DecideRetentionHandler implements ICommandHandler<DecideRetentionCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly audit: PrivacyAudit,
  ) {}

  execute({ victimId, request, context, purpose }: DecideRetentionCommand): Promise<CommandResult> {
    return this.audit.around(
      { action: 'decide retention', route: '/victims/:victimId/retention-decision', victimId, purpose, context },
      () => {
        const today = this.clock.today();
        return this.runner.run(
          victimStreamId(victimId),
          victimDecider,
          {
            type: 'DecideRetention',
            data: {
              victimId,
              decidedOn: today,
              recordedOn: today,
              decidedBy: context.actor.userId,
              decision: request.decision,
              basis: request.basis,
              ...(request.retainUntil !== undefined ? { retainUntil: request.retainUntil } : {}),
            },
          },
          context,
        );
      },
    );
  }
}
