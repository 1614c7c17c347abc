import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { sentenceDecider, sentenceStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { RecordSentenceCommand } from './record-sentence.command';

@CommandHandler(RecordSentenceCommand)
export class RecordSentenceHandler implements ICommandHandler<RecordSentenceCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
  ) {}

  execute({ sentenceId, request, context }: RecordSentenceCommand): Promise<CommandResult> {
    return this.runner.run(
      sentenceStreamId(sentenceId),
      sentenceDecider,
      {
        type: 'RecordSentence',
        data: {
          sentenceId,
          reference: request.reference,
          offenceCategory: request.offenceCategory,
          offenceCausedDeath: request.offenceCausedDeath,
          ...(request.sexOffenderNotification === undefined
            ? {}
            : { sexOffenderNotification: request.sexOffenderNotification }),
          ...(request.offenceAgainstChild === undefined ? {} : { offenceAgainstChild: request.offenceAgainstChild }),
          sentenceType: request.sentenceType,
          lengthMonths: request.lengthMonths,
          sentencingCourt: request.sentencingCourt,
          sentenceDate: request.sentenceDate,
          probationRegion: request.probationRegion,
          recordedOn: this.clock.today(),
        },
      },
      context,
    );
  }
}
