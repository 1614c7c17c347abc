import {
  ContactChannel,
  DomainRuleViolation,
  hasLength,
  IsoDate,
  MILESTONE_KINDS,
  MilestoneKind,
  schemaVersionOf,
  SENTENCE_TYPES,
  sentenceDecider,
  sentenceStreamId,
  SentenceType,
  SentenceEvent,
  SentenceState,
  VictimCommand,
  victimDecider,
  VictimEvent,
  VictimState,
  VLO_UNITS,
} from '@vcs/domain';
import { EventToAppend, RecordedEvent } from '@vcs/event-store';
import { ERASED_PERSONAL_DATA } from '@vcs/security';
import { generateHistory } from '../../../../bench/read-side/history';
import { Random } from '../../../../bench/read-side/rng';
import { SENTENCE_TYPE_WEIGHTS } from '../../../../bench/read-side/sentences';
import { milestoneExample } from './milestone-examples';

/**
 * A varied history for proving that batches give the same rows as one event at a time: the read-side benchmark's
 * generator (sentences with stages and meetings; victims referred, enrolled or declining, contacts, representations,
 * reassignments, links, withdrawals and rejoining — every command decided by the domain's deciders), then, for most
 * victims, one more chapter decided the same way: notifications with letters drafted, edited, returned, approved and
 * sent, failures, delivery reports, safety checks, changed details and preferences, closure, retention reviews and
 * erasure. Chapters are spread over the same days, so victims' events interleave. Some erased victims' earlier events
 * read with their personal data erased (as a rebuild after erasure reads them), the others as they were (as the live
 * projector saw them before the erasure).
 */
export interface VariedHistory {
  readonly events: RecordedEvent[];
  readonly countsByType: Map<string, number>;
}

const HISTORY_TODAY: IsoDate = '2026-06-30';
/** The days chapters are decided on: July for most, August for retention reviews a month after a closure. */
const CHAPTER_DAYS: readonly IsoDate[] = [
  ...Array.from({ length: 31 }, (_, i) => `2026-07-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 31 }, (_, i) => `2026-08-${String(i + 1).padStart(2, '0')}`),
];
const RECORDED_ON: IsoDate = '2026-08-31';

interface TimedAppend {
  readonly day: string;
  readonly order: number;
  readonly streamId: string;
  readonly events: EventToAppend[];
}

export function variedHistory(seed: number, scale: { sentences: number; victims: number }): VariedHistory {
  const history = generateHistory({
    sentences: scale.sentences,
    victims: scale.victims,
    mix: { meanContacts: 6, eventsPerAppend: 4 },
    sentencesWithVictims: 0.8,
    firstDay: '2021-01-04',
    today: HISTORY_TODAY,
    seed,
  });
  const random = new Random(seed + 1);
  const appends: TimedAppend[] = history.appends.map((append, order) => ({
    day: String(append.day).padStart(8, '0'),
    order,
    streamId: append.streamId,
    events: append.events ?? [],
  }));
  const streams = new Map<string, EventToAppend[]>();
  for (const append of appends)
    streams.set(append.streamId, [...(streams.get(append.streamId) ?? []), ...append.events]);

  // Victims discussed at inter-agency meetings: half of them are erased, so erasure meets stored meeting notes.
  const discussed = new Set<string>();
  for (const events of streams.values()) {
    for (const event of events) {
      if (event.type !== 'InterAgencyMeetingHeld') continue;
      for (const victim of (event.data as { victimsConsidered: { victimId: string }[] }).victimsConsidered)
        discussed.add(`victim-${victim.victimId}`);
    }
  }
  // Units (their own random numbers, so the rest of the history is the one it was before units): some referrals as
  // recorded before units existed (no vloUnit, their unit comes from the referral sentence); some cases opened to
  // someone of another unit for a while, a few of those grants ended early; some cases transferred.
  const accessRandom = new Random(seed + 2);
  for (const events of streams.values()) {
    const referral = events.find((event) => event.type === 'ReferralReceived');
    if (referral && accessRandom.chance(0.2)) delete (referral.data as { vloUnit?: string }).vloUnit;
  }
  const erasedOnRebuild = new Set<string>();
  let order = appends.length;
  for (const [streamId, events] of streams) {
    if (!streamId.startsWith('victim-') || random.chance(0.15)) continue;
    const access = accessChapter(accessRandom, events);
    const chapter = victimChapter(random, events, discussed.has(streamId) && random.chance(0.5));
    for (const { day, events: chapterEvents } of [...access, ...chapter.appends])
      appends.push({ day: `9${day}`, order: order++, streamId, events: chapterEvents });
    if (chapter.erased && random.chance(0.5)) erasedOnRebuild.add(streamId);
  }
  // Stages of every kind (their own random numbers, so the rest of the history is the one it was before), on most of
  // the bench's sentences and on one of each sentence type the bench does not draw.
  const stageRandom = new Random(seed + 3);
  for (const sentenceType of SENTENCE_TYPES.filter((type) => SENTENCE_TYPE_WEIGHTS[type] === 0)) {
    const recorded = undrawnSentence(stageRandom, sentenceType);
    streams.set(recorded.streamId, recorded.events);
    appends.push({ day: `9${CHAPTER_DAYS[0]}`, order: order++, ...recorded });
  }
  const recordedKinds = new Map<MilestoneKind, number>();
  const linkedVictims = new Map<string, string[]>();
  for (const events of streams.values()) {
    const referral = events.find((event) => event.type === 'ReferralReceived')?.data as
      { victimId: string; sentenceId: string } | undefined;
    if (referral)
      linkedVictims.set(referral.sentenceId, [...(linkedVictims.get(referral.sentenceId) ?? []), referral.victimId]);
  }
  for (const [streamId, events] of streams) {
    // A third keep the history they had (some end in a meeting, as view-revisions.int.spec.ts needs).
    if (!streamId.startsWith('sentence-') || stageRandom.chance(0.33)) continue;
    const protects = linkedVictims.get(streamId.slice('sentence-'.length)) ?? [];
    for (const { day, events: chapterEvents } of stagesChapter(stageRandom, events, protects, recordedKinds))
      appends.push({ day: `9${day}`, order: order++, streamId, events: chapterEvents });
  }
  appends.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order));

  const revisions = new Map<string, bigint>();
  const events: RecordedEvent[] = [];
  const countsByType = new Map<string, number>();
  let commit = 1000n;
  for (const append of appends) {
    commit += 1n;
    append.events.forEach((event, prepare) => {
      const revision = revisions.get(append.streamId) ?? 0n;
      revisions.set(append.streamId, revision + 1n);
      const data =
        erasedOnRebuild.has(append.streamId) && hasPersonal(event.data)
          ? { ...event.data, personal: ERASED_PERSONAL_DATA }
          : event.data;
      events.push({
        ...event,
        data,
        streamId: append.streamId,
        revision,
        position: { commit, prepare: BigInt(prepare) },
        recordedAt: new Date(event.metadata?.occurredAt ?? '2026-07-31T12:00:00.000Z'),
      });
      countsByType.set(event.type, (countsByType.get(event.type) ?? 0) + 1);
    });
  }
  return { events, countsByType };
}

function hasPersonal(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && 'personal' in data;
}

/** A sentence of a type the bench does not draw, recorded by the sentence decider six months before the chapters. */
function undrawnSentence(random: Random, sentenceType: SentenceType): { streamId: string; events: EventToAppend[] } {
  const sentenceId = random.uuid();
  const sentenceDate: IsoDate = '2026-01-15';
  const decided = sentenceDecider.decide(
    {
      type: 'RecordSentence',
      data: {
        sentenceId,
        sentenceType,
        offenceCategory: 'other',
        offenceCausedDeath: false,
        ...(hasLength(sentenceType) ? { lengthMonths: 18 } : {}),
        sentenceDate,
        probationRegion: 'london',
        reference: `U${String(random.int(0, 999_999)).padStart(6, '0')}`,
        sentencingCourt: 'Central Criminal Court',
        recordedOn: sentenceDate,
      },
    },
    sentenceDecider.initialState(),
  );
  const correlationId = random.uuid();
  return {
    streamId: sentenceStreamId(sentenceId),
    events: decided.map((event) => ({
      id: random.uuid(),
      type: event.type,
      data: event.data,
      metadata: {
        correlationId,
        causationId: correlationId,
        actor: { userId: 'manager-stages', role: 'VLO_MANAGER' },
        occurredAt: `${sentenceDate}T10:00:00.000Z`,
        schemaVersion: schemaVersionOf(event.type),
      },
    })),
  };
}

/** Stages after which the sentence takes few or no more: tried only now and then, so most walks go on. */
const ENDING: readonly MilestoneKind[] = [
  'sentence-end',
  'death',
  'deportation',
  'transfer-abroad',
  'absolute-discharge',
];

/**
 * The sentence walks on from where its history left it, a stage every few days: each step records, of the kinds the
 * sentence decider accepts (with their example from milestone-examples.ts), one of those the chapters have recorded
 * least so far, so that over the history every milestone kind is recorded somewhere (varied-history.unit.spec.ts).
 */
function stagesChapter(
  random: Random,
  stream: readonly EventToAppend[],
  protects: readonly string[],
  recorded: Map<MilestoneKind, number>,
): { day: IsoDate; events: EventToAppend[] }[] {
  let state = stream.reduce(
    (s, e) => sentenceDecider.evolve(s, e as SentenceEvent),
    sentenceDecider.initialState() as SentenceState,
  );
  if (!state.exists) return [];
  const { sentenceId } = state.facts;
  const appends: { day: IsoDate; events: EventToAppend[] }[] = [];
  for (let step = 0, dayIndex = 0; step < 8 && dayIndex < CHAPTER_DAYS.length; step++, dayIndex += random.int(1, 4)) {
    const on = CHAPTER_DAYS[dayIndex];
    const kinds = [...MILESTONE_KINDS]
      .map((kind) => ({ kind, order: (recorded.get(kind) ?? 0) + random.next() }))
      .sort((a, b) => a.order - b.order)
      .map(({ kind }) => kind)
      .filter((kind) => !ENDING.includes(kind) || random.chance(0.1));
    for (const kind of kinds) {
      let decided: SentenceEvent[];
      try {
        decided = sentenceDecider.decide(
          {
            type: 'RecordSentenceMilestone',
            data: {
              sentenceId,
              milestoneId: random.uuid(),
              date: on,
              recordedOn: RECORDED_ON,
              ...milestoneExample(kind, { random, on, protects }),
            },
          },
          state,
        );
      } catch (error) {
        if (error instanceof DomainRuleViolation) continue;
        throw error;
      }
      const correlationId = random.uuid();
      appends.push({
        day: on,
        events: decided.map((event) => {
          state = sentenceDecider.evolve(state, event);
          return {
            id: random.uuid(),
            type: event.type,
            data: event.data,
            metadata: {
              correlationId,
              causationId: correlationId,
              actor: { userId: 'manager-stages', role: 'VLO_MANAGER' },
              occurredAt: `${on}T10:00:00.000Z`,
              schemaVersion: schemaVersionOf(event.type),
            },
          };
        }),
      });
      recorded.set(kind, (recorded.get(kind) ?? 0) + 1);
      break;
    }
  }
  return appends;
}

/** Grants, revocations and a transfer for some victims, decided on the folded stream, on the first chapter day. */
function accessChapter(random: Random, stream: readonly EventToAppend[]): { day: IsoDate; events: EventToAppend[] }[] {
  let state = stream.reduce(
    (s, e) => victimDecider.evolve(s, e as VictimEvent),
    victimDecider.initialState() as VictimState,
  );
  if (!state.exists) return [];
  const { victimId } = state;
  const day = CHAPTER_DAYS[0];
  const common = { victimId, recordedOn: RECORDED_ON };
  const fromUnit = state.unit ?? 'yorkshire-and-the-humber';
  const otherUnit = fromUnit === 'london' ? 'wales' : 'london';
  const commands: VictimCommand[] = [];
  if (random.chance(0.3)) {
    const grantId = random.uuid();
    commands.push({
      type: 'GrantCaseAccess',
      data: {
        ...common,
        grantId,
        caseUnit: fromUnit,
        granteeUserId: `vlo-${otherUnit}-1`,
        granteeUnit: otherUnit,
        reason: 'joint-working',
        hours: 48,
        now: `${day}T09:00:00.000Z`,
        personal: { note: 'Joint visit.' },
      },
    });
    if (random.chance(0.5))
      commands.push({ type: 'RevokeCaseAccess', data: { ...common, grantId, now: `${day}T15:00:00.000Z` } });
  }
  if (random.chance(0.2))
    commands.push({
      type: 'TransferCase',
      data: {
        ...common,
        fromUnit,
        toUnit: otherUnit,
        reason: 'victim-moved',
        transferredOn: day,
        personal: { note: 'Moved away.' },
      },
    });
  const events: EventToAppend[] = [];
  for (const command of commands) {
    let decided: VictimEvent[];
    try {
      decided = victimDecider.decide(command, state);
    } catch (error) {
      if (error instanceof DomainRuleViolation) continue;
      throw error;
    }
    const correlationId = random.uuid();
    for (const event of decided) {
      state = victimDecider.evolve(state, event);
      events.push({
        id: random.uuid(),
        type: event.type,
        data: event.data,
        metadata: {
          correlationId,
          causationId: correlationId,
          actor: { userId: 'manager-access', role: 'VLO_MANAGER' },
          occurredAt: `${day}T09:00:00.000Z`,
          schemaVersion: schemaVersionOf(event.type),
        },
      });
    }
  }
  return events.length > 0 ? [{ day, events }] : [];
}

/** One more chapter of a victim's case, each command decided on the folded stream (refused ones are left out). */
function victimChapter(
  random: Random,
  stream: readonly EventToAppend[],
  eraseOnRequest: boolean,
): { appends: { day: IsoDate; events: EventToAppend[] }[]; erased: boolean } {
  let state = stream.reduce(
    (s, e) => victimDecider.evolve(s, e as VictimEvent),
    victimDecider.initialState() as VictimState,
  );
  const referral = stream.find((e) => e.type === 'ReferralReceived')?.data as { victimId: string; sentenceId: string };
  const { victimId, sentenceId } = referral;
  const appends: { day: IsoDate; events: EventToAppend[] }[] = [];
  let erased = false;
  let dayIndex = random.int(0, 5);
  const decide = (command: VictimCommand): boolean => {
    const day = CHAPTER_DAYS[Math.min(dayIndex, CHAPTER_DAYS.length - 1)];
    let decided: VictimEvent[];
    try {
      decided = victimDecider.decide(command, state);
    } catch (error) {
      if (error instanceof DomainRuleViolation) return false;
      throw error;
    }
    const correlationId = random.uuid();
    const events = decided.map((event) => {
      state = victimDecider.evolve(state, event);
      return {
        id: random.uuid(),
        type: event.type,
        data: event.data,
        metadata: {
          correlationId,
          causationId: correlationId,
          actor: { userId: 'vlo-chapter', role: 'VLO' },
          occurredAt: `${day}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(10, 59))}:00.000Z`,
          schemaVersion: schemaVersionOf(event.type),
        },
      };
    });
    if (events.length > 0) appends.push({ day, events });
    if (random.chance(0.6)) dayIndex += 1;
    return true;
  };
  const on = () => CHAPTER_DAYS[Math.min(dayIndex, CHAPTER_DAYS.length - 1)];
  const at = (hour: number) => `${on()}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const common = { victimId, recordedOn: RECORDED_ON };

  // Preferences change (letters and email, sometimes the safety flag), then a safety check for letters.
  const safety = random.chance(0.4);
  const channels: ContactChannel[] = random.chance(0.5) ? ['letter', 'email', 'phone'] : ['letter', 'phone'];
  decide({
    type: 'UpdateContactPreferences',
    data: {
      ...common,
      updatedOn: on(),
      channels,
      stages: { choice: 'all-key-stages' },
      safetyCheckBeforeLetters: safety,
      personal: {
        address: { lines: ['1 New Street', 'Leeds'], postcode: 'LS2 7EE' },
        email: 'new.address@example.org',
        phone: '07700 900111',
        language: 'en',
        accessibleFormats: random.chance(0.3) ? ['large-print'] : [],
        timesNotToCall: [],
      },
    },
  } as VictimCommand);
  if (random.chance(0.5))
    decide({
      type: 'UpdateVictimDetails',
      data: { ...common, updatedOn: on(), personal: { fullName: 'Renamed Testcase' } },
    });

  // A letter notification: drafted, edited, returned or approved, checked, sent, reported.
  const letterNotification = random.uuid();
  const letterId = random.uuid();
  decide({
    type: 'ScheduleNotification',
    data: {
      ...common,
      notificationId: letterNotification,
      sentenceId,
      stage: 'release-on-licence',
      dueAt: at(9),
      channel: 'letter',
      reason: 'same-day-decision',
      causedBy: { milestoneId: random.uuid() },
    },
  });
  if (random.chance(0.8)) {
    decide({
      type: 'DraftLetter',
      data: {
        ...common,
        letterId,
        notificationId: letterNotification,
        stage: 'release-on-licence',
        draftedBy: 'vlo-chapter',
        draftedOn: on(),
        personal: { body: 'Dear victim, news.', addressBlock: '1 New Street\nLeeds', language: 'en' },
      },
    });
    if (random.chance(0.5))
      decide({
        type: 'EditLetter',
        data: {
          ...common,
          letterId,
          editedBy: 'vlo-other',
          editedOn: on(),
          personal: { body: 'Dear victim, edited news.' },
        },
      });
    decide({
      type: 'SubmitLetterForApproval',
      data: { ...common, letterId, submittedBy: 'vlo-chapter', submittedOn: on() },
    });
    if (random.chance(0.3)) {
      decide({
        type: 'ReturnLetter',
        data: {
          ...common,
          letterId,
          returnedBy: 'manager-1',
          returnedOn: on(),
          personal: { comments: 'Please say when.' },
        },
      });
      decide({
        type: 'EditLetter',
        data: {
          ...common,
          letterId,
          editedBy: 'vlo-chapter',
          editedOn: on(),
          personal: { body: 'Dear victim, news with a date.' },
        },
      });
      decide({
        type: 'SubmitLetterForApproval',
        data: { ...common, letterId, submittedBy: 'vlo-chapter', submittedOn: on() },
      });
    }
    if (random.chance(0.8))
      decide({ type: 'ApproveLetter', data: { ...common, letterId, approvedBy: 'manager-1', approvedOn: on() } });
    if (random.chance(0.2))
      decide({
        type: 'EditLetter',
        data: { ...common, letterId, editedBy: 'vlo-chapter', editedOn: on(), personal: { language: 'cy' } },
      });
  }
  if (safety && random.chance(0.7))
    decide({
      type: 'ConfirmSafetyCheck',
      data: { ...common, confirmedOn: on(), checkedBy: 'manager-1', channel: 'letter' },
    });
  if (random.chance(0.7)) {
    decide({
      type: 'RecordNotificationSent',
      data: {
        ...common,
        notificationId: letterNotification,
        channel: 'letter',
        providerReference: 'print-1',
        sentAt: at(10),
      },
    } as VictimCommand);
    if (random.chance(0.5)) {
      decide({
        type: 'RecordNotificationDeliveryStatus',
        data: {
          ...common,
          notificationId: letterNotification,
          status: random.pick(['delivered', 'permanent-failure'] as const),
          at: at(11),
        },
      });
    }
  } else if (random.chance(0.5)) {
    decide({
      type: 'CancelNotification',
      data: { ...common, notificationId: letterNotification, reason: 'superseded', cancelledOn: on() },
    });
  }

  // An email notification that fails for good, or is sent and not delivered.
  if (channels.includes('email')) {
    const emailNotification = random.uuid();
    decide({
      type: 'ScheduleNotification',
      data: {
        ...common,
        notificationId: emailNotification,
        sentenceId,
        stage: 'licence-end',
        dueAt: at(9),
        channel: 'email',
        reason: 'milestone-reached',
        causedBy: { milestoneId: random.uuid() },
      },
    });
    if (safety)
      decide({
        type: 'ConfirmSafetyCheck',
        data: { ...common, confirmedOn: on(), checkedBy: 'manager-1', channel: 'email' },
      });
    decide({
      type: 'RecordNotificationFailed',
      data: {
        ...common,
        notificationId: emailNotification,
        attempt: 1,
        errorCode: 'timeout',
        final: false,
        failedAt: at(10),
      },
    });
    if (random.chance(0.5)) {
      decide({
        type: 'RecordNotificationFailed',
        data: {
          ...common,
          notificationId: emailNotification,
          attempt: 2,
          errorCode: 'rejected',
          final: true,
          failedAt: at(11),
        },
      });
    } else {
      decide({
        type: 'RecordNotificationSent',
        data: {
          ...common,
          notificationId: emailNotification,
          channel: 'email',
          providerReference: 'notify-1',
          sentAt: at(12),
        },
      } as VictimCommand);
      decide({
        type: 'RecordNotificationDeliveryStatus',
        data: { ...common, notificationId: emailNotification, status: 'temporary-failure', at: at(13) },
      });
    }
  }

  // Closure, retention and erasure for some; a rejoin after closure for a few.
  if (random.chance(0.35)) {
    decide({ type: 'WithdrawFromScheme', data: { ...common, withdrewOn: on(), personal: { reason: 'Moving on.' } } });
    decide({ type: 'RecordCaseClosed', data: { ...common, closedOn: on(), reason: 'victim-withdrew' } });
    if (random.chance(0.3)) {
      decide({ type: 'RejoinScheme', data: { ...common, rejoinedOn: on(), victimLiaisonOfficerId: 'vlo-rejoined' } });
    } else if (random.chance(0.8)) {
      const closedOn = on();
      dayIndex += 31;
      decide({ type: 'RaiseRetentionReview', data: { ...common, raisedOn: on(), closedOn, retentionPeriodMonths: 1 } });
      const erase = random.chance(0.7);
      decide({
        type: 'DecideRetention',
        data: {
          ...common,
          decidedOn: on(),
          decidedBy: 'admin-1',
          decision: erase ? 'erase' : 'retain',
          basis: erase ? 'retention-period-ended' : 'ongoing-proceedings',
          ...(erase ? {} : { retainUntil: '2027-06-30' }),
        },
      });
      if (erase)
        erased = decide({
          type: 'ErasePersonalData',
          data: { ...common, erasedOn: on(), erasedBy: 'admin-1', basis: 'retention-period-ended' },
        });
    }
  } else if (eraseOnRequest || random.chance(0.1)) {
    // Erased on request while the case is open: pending notifications are cancelled.
    erased = decide({
      type: 'ErasePersonalData',
      data: {
        ...common,
        erasedOn: on(),
        erasedBy: 'admin-1',
        basis: 'erasure-request',
        requestReference: `REQ-${random.int(1, 9999)}`,
      },
    });
  } else if (random.chance(0.3)) {
    decide({
      type: 'AssignVictimLiaisonOfficer',
      // The officers moved to work in every unit (the allocation rule is the domain's, proven there).
      data: {
        ...common,
        victimLiaisonOfficerId: `vlo-moved-${random.int(1, 5)}`,
        assignedOn: on(),
        officerUnits: VLO_UNITS,
      },
    });
  }
  return { appends, erased };
}
