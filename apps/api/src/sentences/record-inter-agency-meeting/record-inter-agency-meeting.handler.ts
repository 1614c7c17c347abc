import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MeetingNotesAboutVictim, RecordInterAgencyMeeting, sentenceDecider, sentenceStreamId } from '@vcs/domain';
import { Clock } from '../../commands/clock';
import { CommandResult } from '../../commands/command-context';
import { StreamCommandRunner } from '../../commands/stream-command.runner';
import { SentenceInReach } from '../shared/sentence-in-reach';
import { VictimsOnSentence } from '../shared/victims-on-sentence';
import { RecordInterAgencyMeetingCommand } from './record-inter-agency-meeting.command';
import { MeetingNotesAboutVictimDto } from './record-inter-agency-meeting.dto';

@CommandHandler(RecordInterAgencyMeetingCommand)
export class RecordInterAgencyMeetingHandler implements ICommandHandler<
  RecordInterAgencyMeetingCommand,
  CommandResult
> {
  constructor(
    private readonly runner: StreamCommandRunner,
    private readonly clock: Clock,
    private readonly victims: VictimsOnSentence,
    private readonly reach: SentenceInReach,
  ) {}

  async execute({ sentenceId, meetingId, request, context }: RecordInterAgencyMeetingCommand): Promise<CommandResult> {
    await this.reach.assert(sentenceId, context.scope);
    await this.victims.assertLinked(
      sentenceId,
      request.victimsConsidered.map((victim) => victim.victimId),
      context.scope,
    );
    const command: RecordInterAgencyMeeting = {
      type: 'RecordInterAgencyMeeting',
      data: {
        sentenceId,
        meetingId,
        kind: request.kind,
        ...(request.mappa ? { mappa: { category: request.mappa.category, level: request.mappa.level } } : {}),
        heldOn: request.heldOn,
        recordedOn: this.clock.today(),
        agenciesPresent: request.agenciesPresent,
        victimsConsidered: request.victimsConsidered.map(({ victimId, viewsPresented, outcome }) => ({
          victimId,
          viewsPresented,
          outcome,
        })),
        actions: (request.actions ?? []).map(({ actionId, forVictimId, ownerAgency, dueOn }) => ({
          actionId,
          forVictimId,
          ownerAgency,
          ...(dueOn === undefined ? {} : { dueOn }),
        })),
        // Back from the validated Map to the event's shape: notes keyed by victim id, each encrypted with that victim's key.
        personal: Object.fromEntries(
          [...(request.personal ?? new Map<string, MeetingNotesAboutVictimDto>())].map(([victimId, notes]) => [
            victimId,
            notesOf(notes),
          ]),
        ),
      },
    };
    return this.runner.run(sentenceStreamId(sentenceId), sentenceDecider, command, context);
  }
}

function notesOf({ viewsPresented, outcome, notes, actions }: MeetingNotesAboutVictimDto): MeetingNotesAboutVictim {
  return {
    ...(viewsPresented === undefined ? {} : { viewsPresented }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(notes === undefined ? {} : { notes }),
    ...(actions === undefined ? {} : { actions: Object.fromEntries(actions) }),
  };
}
