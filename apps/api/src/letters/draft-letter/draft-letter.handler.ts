import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { victimDecider, victimStreamId } from '@vcs/domain';
import { renderLetter } from '@vcs/notifications';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { defined } from '../../victims/shared/personal-data';
import { LetterDraftingLoader } from '../shared/letter-drafting.loader';
import { asRuleViolation } from '../shared/letter-rules';
import { DraftLetterCommand } from './draft-letter.command';

@CommandHandler(DraftLetterCommand)
export class DraftLetterHandler implements ICommandHandler<DraftLetterCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly loader: LetterDraftingLoader,
  ) {}

  async execute({ victimId, letterId, request, context }: DraftLetterCommand): Promise<CommandResult> {
    const drafting = await this.loader.load(victimId, {
      stage: request.stage,
      notificationId: request.notificationId,
      sentenceId: request.sentenceId,
    });
    let letter;
    try {
      letter = renderLetter({
        stage: drafting.stage,
        language: drafting.language,
        facts: drafting.facts,
        recipient: drafting.recipient,
        officer: defined({
          name: request.signature.name,
          phone: request.signature.phone,
          email: request.signature.email,
        }),
      });
    } catch (error) {
      asRuleViolation(error);
    }
    const today = this.clock.today();
    return this.runner.run(
      victimStreamId(victimId),
      victimDecider,
      {
        type: 'DraftLetter',
        data: defined({
          victimId,
          letterId,
          notificationId: request.notificationId,
          stage: drafting.stage,
          draftedBy: context.actor.userId,
          draftedOn: today,
          recordedOn: today,
          personal: { body: letter.body, addressBlock: letter.addressBlock, language: letter.language },
        }),
      },
      context,
    );
  }
}
