import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Milestone, RecordSentenceMilestone, sentenceStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { ConfiguredDeciders } from '../../commands/configured-deciders';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { SentenceInReach } from '../shared/sentence-in-reach';
import { VictimsOnSentence } from '../shared/victims-on-sentence';
import { RecordSentenceMilestoneCommand } from './record-sentence-milestone.command';

@CommandHandler(RecordSentenceMilestoneCommand)
export class RecordSentenceMilestoneHandler implements ICommandHandler<RecordSentenceMilestoneCommand, CommandResult> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly victims: VictimsOnSentence,
    private readonly reach: SentenceInReach,
    private readonly deciders: ConfiguredDeciders,
  ) {}

  async execute({ sentenceId, milestoneId, request, context }: RecordSentenceMilestoneCommand): Promise<CommandResult> {
    await this.reach.assert(sentenceId, context.scope);
    // The validated detail class for the kind, as plain data (the pipe already refused fields the kind does not have).
    const detail = Object.fromEntries(Object.entries(request.detail ?? {}).filter(([, value]) => value !== undefined));
    const milestone = { kind: request.kind, detail } as Milestone;
    if (
      milestone.kind === 'licence-conditions-set' ||
      milestone.kind === 'conditional-discharge' ||
      milestone.kind === 'discharge-conditions-varied'
    ) {
      await this.victims.assertLinked(sentenceId, milestone.detail.protectsVictimIds, context.scope);
    }
    const command: RecordSentenceMilestone = {
      type: 'RecordSentenceMilestone',
      data: { sentenceId, milestoneId, date: request.date, recordedOn: this.clock.today(), ...milestone },
    };
    return this.runner.run(sentenceStreamId(sentenceId), this.deciders.sentence, command, context);
  }
}
