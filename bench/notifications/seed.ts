import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  addCalendarDays,
  ContactChannel,
  IsoDate,
  NotificationCause,
  NotificationReason,
  NotificationStage,
  PROBATION_REGIONS,
  SentenceCommand,
  SentenceEvent,
  sentenceDecider,
  SentenceFacts,
  SentenceState,
  sentenceStreamId,
  VictimCommand,
  victimDecider,
  VictimEvent,
  VictimState,
  victimStreamId,
} from '@vcs/domain';
import { Actor, EventStore } from '@vcs/event-store';
import { notificationIdFor } from '@vcs/notifications';
import { WorkerCommands } from '../../apps/worker/src/notifications/worker-commands';
import { PlannedAppend, PRIORITY, Refusals, StreamBuilder } from '../read-side/plan';
import { Random } from '../read-side/rng';
import { seedHistory, SeedResult } from '../read-side/seed';

/** An enrolled victim waiting for one release notification, on an email or SMS channel (no letter approval needed). */
export interface BenchVictim {
  readonly victimId: string;
  readonly sentenceId: string;
  readonly milestoneId: string;
  readonly channel: Extract<ContactChannel, 'email' | 'sms'>;
}

export interface ScheduledNotification {
  readonly notificationId: string;
  readonly victimId: string;
  readonly dueAt: string;
}

const FORENAMES = ['Alex', 'Sam', 'Jordan', 'Priya', 'Tomasz', 'Aisha', 'Gareth', 'Siobhan', 'Hamza', 'Eleanor'];
const SURNAMES = ['Testcase', 'Example', 'Placeholder', 'Sampleton', 'Fictional', 'Synthetic'];
const MANAGER: Actor = { userId: 'bench-vlu-manager', role: 'VLO_MANAGER' };
const VLO: Actor = { userId: 'bench-vlo-1', role: 'VLO' };

/**
 * Sentences (each recorded, then released on licence today) and victims (referred, enrolled, with preferences for
 * email or SMS and every key stage), every event decided by the domain's deciders and written through the
 * application's event store, which encrypts each victim's personal data with the victim's own key.
 */
export async function seedVictims(
  store: EventStore,
  random: Random,
  count: number,
  perSentence: number,
  today: IsoDate,
  writers: number,
  onProgress: (events: number, elapsedMs: number) => void,
  choice: 'all-key-stages' | 'annual-letter' = 'all-key-stages',
): Promise<{ victims: BenchVictim[]; seed: SeedResult; refusals: Refusals }> {
  const refusals: Refusals = new Map();
  const appends: PlannedAppend[] = [];
  const victims: BenchVictim[] = [];
  const sentenceDate = addCalendarDays(today, -900);
  let sentence: { facts: SentenceFacts; recorded: PlannedAppend; milestoneId: string } | undefined;
  for (let i = 0; i < count; i++) {
    if (i % perSentence === 0) {
      const facts: SentenceFacts = {
        sentenceId: random.uuid(),
        sentenceType: 'determinate-custody',
        offenceCategory: 'specified-violent',
        offenceCausedDeath: false,
        lengthMonths: 60,
        sentenceDate,
        probationRegion: random.pick(PROBATION_REGIONS),
      };
      const builder = new StreamBuilder<SentenceState, SentenceCommand, SentenceEvent>(
        sentenceStreamId(facts.sentenceId),
        sentenceDecider,
        random,
        refusals,
      );
      builder.decide(
        {
          type: 'RecordSentence',
          data: {
            ...facts,
            reference: `B${String(i).padStart(6, '0')}`,
            sentencingCourt: 'Leeds Crown Court',
            recordedOn: sentenceDate,
          },
        },
        sentenceDate,
        MANAGER,
      );
      const recorded = builder.flush(sentenceDate, PRIORITY.sentence);
      const milestoneId = random.uuid();
      builder.decide(
        {
          type: 'RecordSentenceMilestone',
          data: {
            sentenceId: facts.sentenceId,
            milestoneId,
            kind: 'release-on-licence',
            detail: {},
            date: today,
            recordedOn: today,
          },
        },
        today,
        MANAGER,
      );
      builder.flush(today, PRIORITY.other);
      if (!recorded || builder.appends.length !== 2)
        throw new Error(`the sentence decider refused the bench sentence: ${JSON.stringify([...refusals])}`);
      appends.push(...builder.appends);
      sentence = { facts, recorded, milestoneId };
    }
    if (!sentence) throw new Error('no sentence');
    const victim = victimStream(random, sentence.facts, sentence.recorded, refusals, choice);
    appends.push(...victim.appends);
    victims.push({
      victimId: victim.victimId,
      sentenceId: sentence.facts.sentenceId,
      milestoneId: sentence.milestoneId,
      channel: victim.channel,
    });
  }
  if (refusals.size > 0) throw new Error(`the deciders refused bench commands: ${JSON.stringify([...refusals])}`);
  const seed = await seedHistory(store, appends, writers, onProgress);
  return { victims, seed, refusals };
}

function victimStream(
  random: Random,
  facts: SentenceFacts,
  sentenceRecorded: PlannedAppend,
  refusals: Refusals,
  choice: 'all-key-stages' | 'annual-letter',
): { victimId: string; channel: BenchVictim['channel']; appends: PlannedAppend[] } {
  const victimId = random.uuid();
  const builder = new StreamBuilder<VictimState, VictimCommand, VictimEvent>(
    victimStreamId(victimId),
    victimDecider,
    random,
    refusals,
  );
  const referredOn = addCalendarDays(facts.sentenceDate, 10);
  const forename = random.pick(FORENAMES);
  const surname = random.pick(SURNAMES);
  const email = `${forename.toLowerCase()}.${surname.toLowerCase()}${random.int(1, 99_999)}@example.org`;
  const mobile = `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`;
  builder.decide(
    {
      type: 'ReceiveReferral',
      data: {
        victimId,
        sentence: facts,
        referredFor: 'vcs',
        source: 'witness-care-unit',
        circumstance: 'adult-victim',
        receivedOn: referredOn,
        recordedOn: referredOn,
        personal: {
          fullName: `${forename} ${surname}`,
          dateOfBirth: addCalendarDays(referredOn, -(random.int(20, 80) * 365)),
          address: {
            lines: [`${random.int(1, 200)} Station Road`, 'Leeds'],
            postcode: `LS${random.int(1, 29)} ${random.int(1, 9)}QZ`,
          },
          phone: mobile,
          email,
        },
      },
    },
    referredOn,
    VLO,
  );
  builder.flush(referredOn, PRIORITY.referral, [sentenceRecorded]);
  const enrolledOn = addCalendarDays(referredOn, 20);
  const channel: BenchVictim['channel'] = random.chance(0.7) ? 'email' : 'sms';
  builder.decide(
    {
      type: 'EnrolVictim',
      data: {
        victimId,
        sentence: facts,
        scheme: 'vcs-statutory',
        enrolledOn,
        recordedOn: enrolledOn,
        victimLiaisonOfficerId: VLO.userId,
        personal: {},
      },
    },
    enrolledOn,
    VLO,
  );
  builder.decide(
    {
      type: 'UpdateContactPreferences',
      data: {
        victimId,
        updatedOn: enrolledOn,
        recordedOn: enrolledOn,
        channels: [channel],
        stages: { choice },
        safetyCheckBeforeLetters: false,
        personal: {
          ...(channel === 'email' ? { email } : { mobile }),
          language: 'en',
          accessibleFormats: [],
          timesNotToCall: [],
        },
      },
    },
    enrolledOn,
    VLO,
  );
  builder.flush(enrolledOn, PRIORITY.other);
  return { victimId, channel, appends: builder.appends };
}

/** What is scheduled: the release (urgent, same day) unless told otherwise, e.g. the yearly letter (routine). */
export interface BenchNotice {
  readonly stage: NotificationStage;
  readonly reason: NotificationReason;
  readonly causedBy: (victim: BenchVictim) => NotificationCause;
}

export const RELEASE_NOTICE: BenchNotice = {
  stage: 'release-on-licence',
  reason: 'same-day-decision',
  causedBy: (victim) => ({ milestoneId: victim.milestoneId }),
};
/** The yearly letter by email or SMS (victims seeded with the `annual-letter` choice); the cause stands in for the event that anchored it. */
export const ANNUAL_LETTER_NOTICE: BenchNotice = {
  stage: 'annual-contact',
  reason: 'annual-contact',
  causedBy: (victim) => ({ eventId: victim.milestoneId }),
};

/**
 * Schedules one notification per victim (the release unless `notice` says otherwise), as the planner does: the worker's
 * command path (StreamCommandRunner as the `notification-planner` actor: load, decide ScheduleNotification, append with
 * the expected revision), the id derived like the planner's. `dueAt(i)` gives each its due time.
 */
export async function scheduleNotifications(
  commands: WorkerCommands,
  victims: readonly BenchVictim[],
  dueAt: (index: number) => string,
  today: IsoDate,
  writers: number,
  notice: BenchNotice = RELEASE_NOTICE,
): Promise<{ scheduled: ScheduledNotification[]; elapsedMs: number }> {
  const scheduled: ScheduledNotification[] = new Array<ScheduledNotification>(victims.length);
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < victims.length) {
      const index = next++;
      const victim = victims[index];
      const causedBy = notice.causedBy(victim);
      const notificationId = notificationIdFor({
        victimId: victim.victimId,
        sentenceId: victim.sentenceId,
        stage: notice.stage,
        cause: causedBy.milestoneId ?? causedBy.eventId ?? victim.milestoneId,
      });
      const due = dueAt(index);
      const outcome = await commands.run(
        'notification-planner',
        {
          type: 'ScheduleNotification',
          data: {
            victimId: victim.victimId,
            notificationId,
            sentenceId: victim.sentenceId,
            stage: notice.stage,
            dueAt: due,
            channel: victim.channel,
            reason: notice.reason,
            causedBy,
            recordedOn: today,
          },
        },
        randomUUID(),
      );
      if (!outcome.done) throw new Error(`ScheduleNotification refused: ${outcome.rule}`);
      scheduled[index] = { notificationId, victimId: victim.victimId, dueAt: due };
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
  return { scheduled, elapsedMs: performance.now() - started };
}
