import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../shared/personal-data';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import { SubmitRepresentationCommand } from './submit-representation.command';

@CommandHandler(SubmitRepresentationCommand)
export class SubmitRepresentationHandler implements ICommandHandler<SubmitRepresentationCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
  ) {}

  async execute({ victimId, representationId, request, context }: SubmitRepresentationCommand): Promise<CommandResult> {
    const sentence = await this.sentences.load(request.sentenceId);
    const descriptions = request.personal?.conditionDescriptions;
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'SubmitRepresentation',
        data: defined({
          victimId,
          representationId,
          sentence,
          kind: request.kind,
          requestedConditions: (request.requestedConditions ?? []).map((condition) => ({
            conditionId: condition.conditionId,
            kind: condition.kind,
          })),
          vpsPresentation: request.vpsPresentation,
          sentTo: [...request.sentTo],
          submittedOn: request.submittedOn,
          recordedOn: this.clock.today(),
          personal: defined({
            statementText: request.personal?.statementText,
            conditionDescriptions: descriptions && { ...descriptions },
          }),
        }),
      },
      context,
    );
  }
}
