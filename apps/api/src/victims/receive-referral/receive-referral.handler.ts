import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainRuleViolation, victimDecider, victimStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { toPersonDetails } from '../shared/personal-data';
import { SentenceFactsLoader } from '../shared/sentence-facts.loader';
import { ReceiveReferralCommand } from './receive-referral.command';
import { referralOfficer } from './referral-allocation';
import { StaffDirectory } from '../../staff/staff-directory';

@CommandHandler(ReceiveReferralCommand)
export class ReceiveReferralHandler implements ICommandHandler<ReceiveReferralCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly sentences: SentenceFactsLoader,
    private readonly staff: StaffDirectory,
  ) {}

  async execute({ victimId, request, context }: ReceiveReferralCommand): Promise<CommandResult> {
    const victimLiaisonOfficerId = referralOfficer(request, context.actor);
    const sentence = await this.sentences.load(request.sentenceId);
    // The case will belong to the unit of the sentence's probation region: only someone of that unit records it.
    const scope = context.scope;
    if (scope && !scope.national && !scope.units.includes(sentence.probationRegion)) {
      throw new DomainRuleViolation(
        'sentence-in-another-unit',
        `The sentence is managed in the ${sentence.probationRegion} region; its victims are referred to that region's victim liaison unit.`,
      );
    }
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
          ...(victimLiaisonOfficerId !== undefined
            ? { victimLiaisonOfficerId, officerUnits: await this.staff.unitsOf(victimLiaisonOfficerId) }
            : {}),
          personal: toPersonDetails(request.personal),
        },
      },
      context,
    );
  }
}
