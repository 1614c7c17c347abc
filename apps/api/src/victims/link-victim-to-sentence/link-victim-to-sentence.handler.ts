import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import { LinkVictimToSentenceCommand } from './link-victim-to-sentence.command';

@CommandHandler(LinkVictimToSentenceCommand)
export class LinkVictimToSentenceHandler implements ICommandHandler<LinkVictimToSentenceCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
  ) {}

  async execute({ victimId, request, context }: LinkVictimToSentenceCommand): Promise<CommandResult> {
    const sentence = await this.sentences.load(request.sentenceId);
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'LinkVictimToSentence',
        data: { victimId, sentence, linkedOn: request.linkedOn, recordedOn: this.clock.today() },
      },
      context,
    );
  }
}
