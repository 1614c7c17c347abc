import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { ConfiguredDeciders } from '../../commands/configured-deciders';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import { EnrolVictimCommand } from './enrol-victim.command';

@CommandHandler(EnrolVictimCommand)
export class EnrolVictimHandler implements ICommandHandler<EnrolVictimCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
    private readonly deciders: ConfiguredDeciders,
  ) {}

  async execute({ victimId, request, context }: EnrolVictimCommand): Promise<CommandResult> {
    const sentence = await this.sentences.load(request.sentenceId);
    return this.runner.run(
      victimStreamId(victimId),
      this.deciders.victim,
      {
        type: 'EnrolVictim',
        data: defined({
          victimId,
          sentence,
          scheme: request.scheme,
          discretionaryReason: request.discretionaryReason,
          enrolledOn: request.enrolledOn,
          recordedOn: this.clock.today(),
          victimLiaisonOfficerId: request.victimLiaisonOfficerId,
          personal: defined({ discretionaryReasonDetail: request.personal?.discretionaryReasonDetail }),
        }),
      },
      context,
    );
  }
}
