import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { toPersonDetails } from '../shared/personal-data';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import { ReceiveReferralCommand } from './receive-referral.command';

@CommandHandler(ReceiveReferralCommand)
export class ReceiveReferralHandler implements ICommandHandler<ReceiveReferralCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
  ) {}

  async execute({ victimId, request, context }: ReceiveReferralCommand): Promise<CommandResult> {
    const sentence = await this.sentences.load(request.sentenceId);
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'ReceiveReferral',
        data: {
          victimId,
          sentence,
          referredFor: request.referredFor,
          source: request.source,
          circumstance: request.circumstance,
          receivedOn: request.receivedOn,
          recordedOn: this.clock.today(),
          personal: toPersonDetails(request.personal),
        },
      },
      context,
    );
  }
}
