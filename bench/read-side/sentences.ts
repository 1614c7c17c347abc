import {
  addCalendarDays,
  allowsHomeDetentionCurfew,
  hasLength,
  hasParoleBoardRelease,
  isHospitalOrder,
  IsoDate,
  isIndeterminate,
  Milestone,
  OffenceCategory,
  PROBATION_REGIONS,
  ProbationRegion,
  RecordInterAgencyMeeting,
  SentenceCommand,
  SentenceEvent,
  sentenceDecider,
  SentenceFacts,
  SentenceState,
  sentenceStreamId,
  SentenceType,
} from '@vcs/domain';
import { Actor } from '@vcs/event-store';
import { PlannedAppend, PRIORITY, Refusals, StreamBuilder } from './plan';
import { Random } from './rng';

const COURTS = [
  'Leeds Crown Court',
  'Manchester Crown Court',
  'Central Criminal Court',
  'Cardiff Crown Court',
  'Birmingham Crown Court',
  'Bristol Crown Court',
];

/**
 * How often each sentence type is drawn, keyed by every type so a new one is given a weight (0: not drawn; the varied
 * history records one of each such type itself). Zero weights sit before the last type, so the draws are unchanged.
 */
export const SENTENCE_TYPE_WEIGHTS = {
  'determinate-custody': 60,
  'extended-determinate': 9,
  'offender-of-particular-concern': 3,
  'indeterminate-life': 6,
  ipp: 2,
  'youth-detention': 8,
  'suspended-sentence': 0,
  'hospital-order-with-restriction': 6,
  'hospital-order-without-restriction': 6,
} as const satisfies Record<SentenceType, number>;
const SENTENCE_TYPES = Object.entries(SENTENCE_TYPE_WEIGHTS) as [SentenceType, number][];

/** How often each offence category is drawn, keyed by every category (0: not drawn; never last, so the draws are unchanged). */
const OFFENCE_WEIGHTS = {
  'specified-violent': 45,
  'specified-sexual': 20,
  stalking: 6,
  harassment: 5,
  'coercive-control': 5,
  'breach-of-protective-order': 0,
  'domestic-abuse': 10,
  terrorism: 2,
  other: 7,
} as const satisfies Record<OffenceCategory, number>;
const OFFENCES = Object.entries(OFFENCE_WEIGHTS) as [OffenceCategory, number][];

/** A sentence stream being generated, with what the victims' generator needs to know about it. */
export interface SentenceSeed {
  readonly facts: SentenceFacts;
  readonly builder: StreamBuilder<SentenceState, SentenceCommand, SentenceEvent>;
  /** The SentenceRecorded append: referrals and links wait for it. */
  readonly recorded: PlannedAppend;
}

/** A victim as the sentence's meetings and licence conditions see them. */
export interface LinkedVictim {
  readonly victimId: string;
  readonly referral: PlannedAppend;
  readonly referredOn: IsoDate;
  readonly enrolled: boolean;
  /** Every append of the victim's stream, in revision order. */
  readonly appends: readonly PlannedAppend[];
}

const MANAGER = (region: ProbationRegion): Actor => ({ userId: `vlu-manager-${region}`, role: 'VLO_MANAGER' });

/** Records `count` sentences (one SentenceRecorded append each), dated from `firstDay` to 30 days before `today`. */
export function recordSentences(
  random: Random,
  count: number,
  firstDay: IsoDate,
  today: IsoDate,
  refusals: Refusals,
): SentenceSeed[] {
  const span = daysBetween(firstDay, addCalendarDays(today, -30));
  const seeds: SentenceSeed[] = [];
  for (let i = 0; i < count; i++) {
    const sentenceId = random.uuid();
    const sentenceType = random.weighted(SENTENCE_TYPES);
    const offenceCategory = random.weighted(OFFENCES);
    const facts: SentenceFacts = {
      sentenceId,
      sentenceType,
      offenceCategory,
      offenceCausedDeath: offenceCategory === 'specified-violent' && random.chance(0.08),
      ...(hasLength(sentenceType) ? { lengthMonths: lengthFor(random, sentenceType, offenceCategory) } : {}),
      sentenceDate: addCalendarDays(firstDay, random.int(0, span)),
      probationRegion: random.pick(PROBATION_REGIONS),
    };
    const builder = new StreamBuilder<SentenceState, SentenceCommand, SentenceEvent>(
      sentenceStreamId(sentenceId),
      sentenceDecider,
      random,
      refusals,
    );
    const reference = `${String.fromCharCode(65 + random.int(0, 25))}${String(random.int(0, 999_999)).padStart(6, '0')}`;
    builder.decide(
      {
        type: 'RecordSentence',
        data: { ...facts, reference, sentencingCourt: random.pick(COURTS), recordedOn: facts.sentenceDate },
      },
      facts.sentenceDate,
      MANAGER(facts.probationRegion),
    );
    const recorded = builder.flush(facts.sentenceDate, PRIORITY.sentence);
    if (!recorded) throw new Error(`the sentence decider refused sentence ${i}; see the refusals`);
    seeds.push({ facts, builder, recorded });
  }
  return seeds;
}

function lengthFor(random: Random, type: SentenceType, offence: OffenceCategory): number {
  if (type === 'youth-detention') return random.int(4, 36);
  if (type === 'extended-determinate' || type === 'offender-of-particular-concern') return random.int(48, 180);
  // VNS offences mostly get short sentences; the rest a spread with a long tail.
  if (offence === 'stalking' || offence === 'harassment' || offence === 'coercive-control')
    return random.chance(0.7) ? random.int(3, 11) : random.int(12, 48);
  return random.chance(0.15) ? random.int(6, 11) : random.int(12, 120);
}

interface DatedCommand {
  readonly on: IsoDate;
  readonly command: SentenceCommand;
  readonly dependsOn: readonly PlannedAppend[];
}

/**
 * Adds the sentence's later history in date order: key stages in a legal order for its type, and inter-agency
 * meetings about its enrolled victims. Each is one command, one append; stages the domain refuses are dropped.
 */
export function addSentenceStages(
  random: Random,
  seed: SentenceSeed,
  victims: readonly LinkedVictim[],
  today: IsoDate,
): void {
  const commands = [
    ...stagesFor(random, seed.facts, victims, today),
    ...meetingsFor(random, seed.facts, victims, today),
  ]
    .filter((c) => c.on <= today)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const actor = MANAGER(seed.facts.probationRegion);
  for (const { on, command, dependsOn } of commands) {
    const withToday = { ...command, data: { ...command.data, recordedOn: today } } as SentenceCommand;
    if (seed.builder.decide(withToday, on, actor)) seed.builder.flush(on, PRIORITY.other, dependsOn);
  }
}

function stagesFor(
  random: Random,
  facts: SentenceFacts,
  victims: readonly LinkedVictim[],
  today: IsoDate,
): DatedCommand[] {
  const d0 = facts.sentenceDate;
  const stages: DatedCommand[] = [];
  const stage = (on: IsoDate, milestone: Milestone): void => {
    stages.push({
      on,
      command: {
        type: 'RecordSentenceMilestone',
        data: { sentenceId: facts.sentenceId, milestoneId: random.uuid(), date: on, recordedOn: today, ...milestone },
      },
      dependsOn: [],
    });
  };
  const protects = victims.filter((v) => v.enrolled).map((v) => v.victimId);
  if (random.chance(0.1)) {
    stage(addCalendarDays(d0, random.int(10, 28)), {
      kind: 'appeal',
      detail: { stage: 'lodged', against: 'sentence' },
    });
    stage(addCalendarDays(d0, random.int(90, 200)), {
      kind: 'appeal',
      detail: { stage: 'decided', against: 'sentence', outcome: 'dismissed' },
    });
  }
  const type = facts.sentenceType;
  if (isHospitalOrder(type)) {
    const listed = addCalendarDays(d0, random.int(150, 400));
    const hearing = addCalendarDays(listed, random.int(30, 90));
    stage(addCalendarDays(d0, random.int(30, 140)), { kind: 'hospital-leave', detail: { leaveType: 'escorted' } });
    stage(listed, { kind: 'tribunal-hearing-listed', detail: { hearingDate: hearing } });
    const discharge = type === 'hospital-order-with-restriction' && random.chance(0.4);
    stage(hearing, {
      kind: 'tribunal-decision',
      detail: { outcome: discharge ? 'conditional-discharge' : 'not-discharged' },
    });
    if (discharge)
      stage(addCalendarDays(hearing, random.int(20, 60)), {
        kind: 'conditional-discharge',
        detail: { conditions: ['non-contact', 'exclusion-zone'], protectsVictimIds: protects },
      });
    return stages;
  }
  let releasedOn: IsoDate;
  if (hasParoleBoardRelease(type)) {
    const custodyDays = isIndeterminate(type)
      ? random.int(5 * 365, 20 * 365)
      : Math.round(((facts.lengthMonths ?? 60) * 30 * 2) / 3);
    const eligibility = addCalendarDays(d0, custodyDays);
    stage(addCalendarDays(d0, random.int(20, 60)), {
      kind: 'parole-eligibility',
      detail: { paroleEligibilityDate: eligibility },
    });
    const listed = addCalendarDays(eligibility, -random.int(60, 120));
    stage(listed, {
      kind: 'parole-hearing-listed',
      detail: { hearingDate: eligibility, hearingType: random.chance(0.6) ? 'oral' : 'paper' },
    });
    const release = random.chance(0.55);
    stage(eligibility, {
      kind: 'parole-decision',
      detail: release
        ? { outcome: 'release' }
        : { outcome: 'no-release', nextReviewDate: addCalendarDays(eligibility, random.int(300, 730)) },
    });
    if (!release) return stages;
    releasedOn = addCalendarDays(eligibility, random.int(14, 60));
  } else {
    const half = Math.round(((facts.lengthMonths ?? 24) * 30) / 2);
    stage(addCalendarDays(d0, random.int(14, 60)), {
      kind: 'release-date-changed',
      detail: {
        expectedReleaseDate: addCalendarDays(d0, half),
        reason: random.pick(['recalculation', 'remand-time-credited'] as const),
      },
    });
    releasedOn = addCalendarDays(d0, half);
    if (allowsHomeDetentionCurfew(type) && half > 200 && random.chance(0.3)) {
      const curfew = addCalendarDays(releasedOn, -random.int(60, 120));
      stage(curfew, { kind: 'home-detention-curfew', detail: {} });
    }
  }
  stage(addCalendarDays(releasedOn, -random.int(10, 30)), {
    kind: 'licence-conditions-set',
    detail: {
      conditions: ['non-contact', 'exclusion-zone'],
      conditionsEndDate: addCalendarDays(releasedOn, 365 * 2),
      protectsVictimIds: protects,
    },
  });
  stage(releasedOn, { kind: 'release-on-licence', detail: {} });
  if (random.chance(0.12)) {
    const recalledOn = addCalendarDays(releasedOn, random.int(30, 300));
    stage(recalledOn, { kind: 'recall', detail: {} });
    stage(addCalendarDays(recalledOn, random.int(60, 200)), { kind: 'release-on-licence', detail: {} });
  }
  if (hasLength(type)) {
    const end = addCalendarDays(d0, (facts.lengthMonths ?? 24) * 30 + 400);
    stage(end, { kind: 'licence-end', detail: {} });
    stage(addCalendarDays(end, 1), { kind: 'sentence-end', detail: {} });
  }
  return stages;
}

function meetingsFor(
  random: Random,
  facts: SentenceFacts,
  victims: readonly LinkedVictim[],
  today: IsoDate,
): DatedCommand[] {
  const considered = victims.filter((v) => v.enrolled);
  if (considered.length === 0 || !random.chance(0.35)) return [];
  const latestReferral = considered.reduce(
    (latest, v) => (v.referredOn > latest ? v.referredOn : latest),
    facts.sentenceDate,
  );
  const meetings: DatedCommand[] = [];
  for (let n = random.int(1, 3); n > 0; n--) {
    const heldOn = addCalendarDays(latestReferral, random.int(7, 700));
    if (heldOn > today) continue;
    const actions = considered.slice(0, 2).map((v) => ({
      actionId: random.uuid(),
      forVictimId: v.victimId,
      ownerAgency: 'police' as const,
      dueOn: addCalendarDays(heldOn, 14),
    }));
    const personal: RecordInterAgencyMeeting['data']['personal'] = Object.fromEntries(
      considered.map((v) => [
        v.victimId,
        {
          viewsPresented: 'The victim asked for the exclusion zone to stay and for notice of any move.',
          notes: 'Views presented by the victim liaison officer; risk plan reviewed.',
          actions: Object.fromEntries(
            actions
              .filter((a) => a.forVictimId === v.victimId)
              .map((a) => [a.actionId, 'Police to review the marker on the address.']),
          ),
        },
      ]),
    );
    const mappa = random.chance(0.7);
    meetings.push({
      on: heldOn,
      dependsOn: considered.map((v) => v.referral),
      command: {
        type: 'RecordInterAgencyMeeting',
        data: {
          sentenceId: facts.sentenceId,
          meetingId: random.uuid(),
          kind: mappa ? 'mappa' : 'parole',
          ...(mappa ? { mappa: { category: 2 as const, level: random.pick([1, 2, 3] as const) } } : {}),
          heldOn,
          recordedOn: today,
          agenciesPresent: ['probation', 'victim-liaison-unit', 'police'],
          victimsConsidered: considered.map((v) => ({
            victimId: v.victimId,
            viewsPresented: true,
            outcome: 'risk-plan-updated' as const,
          })),
          actions,
          personal,
        },
      },
    });
  }
  return meetings;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
