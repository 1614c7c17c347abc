import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { RecordContactCommand } from './record-contact.command';

@CommandHandler(RecordContactCommand)
export class RecordContactHandler implements ICommandHandler<RecordContactCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ victimId, contactId, request, context }: RecordContactCommand): Promise<CommandResult> {
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'RecordContact',
        data: defined({
          victimId,
          contactId,
          method: request.method,
          direction: request.direction,
          result: request.result,
          occurredOn: request.occurredOn,
          recordedOn: this.clock.today(),
          withActingPersonId: request.withActingPersonId,
          followUpOn: request.followUpOn,
          safetyCheck: request.safetyCheck && {
            checkedBy: request.safetyCheck.checkedBy,
            checkedOn: request.safetyCheck.checkedOn,
          },
          channelReason: request.channelReason,
          personal: defined({
            summary: request.personal.summary,
            outcome: request.personal.outcome,
            channelReasonDetail: request.personal.channelReasonDetail,
          }),
        }),
      },
      context,
    );
  }
}
