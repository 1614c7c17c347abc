import {
  addCalendarDays,
  ContactChannel,
  ContactMethod,
  ContactResult,
  isCustodial,
  IsoDate,
  isHospitalOrder,
  hasParoleBoardRelease,
  RecordContact,
  statutoryVcsEligibility,
  SubmitRepresentation,
  DiscloseRepresentation,
  UpdateContactPreferences,
  VictimCommand,
  victimDecider,
  VictimEvent,
  VictimState,
  victimStreamId,
  vnsEligibility,
} from '@vcs/domain';
import { Actor } from '@vcs/event-store';
import { PlannedAppend, PRIORITY, Refusals, StreamBuilder } from './plan';
import { Random } from './rng';
import { daysBetween, LinkedVictim, SentenceSeed } from './sentences';

/** Mix of a victim's history; contacts are most of the volume. */
export interface VictimMix {
  /** Mean number of ContactRecorded after enrolment. */
  readonly meanContacts: number;
  /** Most events per append after the referral (a VLO's batch of case notes). */
  readonly eventsPerAppend: number;
  /** VLOs per region (`vlo-<region>-<n>`; default 35): with a region's victims, how big each caseload is. */
  readonly vlosPerRegion?: number;
}

const FORENAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Priya',
  'Tomasz',
  'Aisha',
  'Gareth',
  'Siobhan',
  'Oluwaseun',
  'Megan',
  'Hamza',
  'Eleanor',
];
const SURNAMES = ['Testcase', 'Example', 'Placeholder', 'Sampleton', 'Fictional', 'Madeup', 'Dummy', 'Synthetic'];
const STREETS = ['Quarry Lane', 'Willow Court', 'Acacia Avenue', 'Station Road', 'Mill Street', 'Church View'];
const TOWNS = ['Leeds', 'Harrogate', 'Bradford', 'Swansea', 'Croydon', 'Norwich', 'Derby', 'Truro'];
const CHANNEL_SETS: readonly (readonly [readonly ContactChannel[], number])[] = [
  [['letter', 'phone'], 35],
  [['email', 'phone'], 25],
  [['letter'], 10],
  [['phone', 'sms'], 15],
  [['letter', 'email', 'phone'], 15],
];

/** VLOs per region at national scale: 100,000 victims over 12 × 35 officers, about 240 referrals (~190 enrolled) each. */
export const NATIONAL_VLOS_PER_REGION = 35;

const vloActor = (userId: string): Actor => ({ userId, role: 'VLO' });

/**
 * One victim's stream: referral, then (mostly) enrolment with preferences and contacts over the following years,
 * some representations, reassignments, links to a second sentence, withdrawals and rejoining; or a decline; or a
 * referral still waiting for a decision. Every command goes through the victim decider.
 */
export function generateVictim(
  random: Random,
  sentence: SentenceSeed,
  sentences: readonly SentenceSeed[],
  mix: VictimMix,
  today: IsoDate,
  refusals: Refusals,
): LinkedVictim {
  const facts = sentence.facts;
  const victimId = random.uuid();
  const builder = new StreamBuilder<VictimState, VictimCommand, VictimEvent>(
    victimStreamId(victimId),
    victimDecider,
    random,
    refusals,
  );
  const region = facts.probationRegion;
  let vlo = `vlo-${region}-${random.int(1, mix.vlosPerRegion ?? NATIONAL_VLOS_PER_REGION)}`;
  const referredOn = minDate(addCalendarDays(facts.sentenceDate, random.int(1, 40)), addCalendarDays(today, -1));
  const child = !facts.offenceCausedDeath && random.chance(0.04);
  const personal = personalDetails(random, referredOn, child);
  builder.decide(
    {
      type: 'ReceiveReferral',
      data: {
        victimId,
        sentence: facts,
        referredFor: vnsEligibility(facts).eligible ? 'vns' : 'vcs',
        source: random.weighted([
          ['witness-care-unit', 85],
          ['police', 8],
          ['self-referral', 4],
          ['youth-offending-team', 3],
        ] as const),
        circumstance: facts.offenceCausedDeath ? 'bereaved-relative' : child ? 'child-victim' : 'adult-victim',
        receivedOn: referredOn,
        recordedOn: today,
        personal,
      },
    },
    referredOn,
    vloActor(vlo),
  );
  const referral = builder.flush(referredOn, PRIORITY.referral, [sentence.recorded]);
  if (!referral) throw new Error('the victim decider refused a referral; see the refusals');

  const decide = (command: VictimCommand, on: IsoDate): boolean =>
    builder.decide(withToday(command, today), on, vloActor(vlo));
  const firstLetter = minDate(addCalendarDays(referredOn, random.int(1, 10)), today);
  const path = random.weighted([
    ['enrol', 78],
    ['decline', 14],
    ['undecided', 8],
  ] as const);
  if (path !== 'enrol') {
    if (path === 'undecided' && random.chance(0.5)) {
      builder.flush(firstLetter, PRIORITY.other);
      return { victimId, referral, referredOn, enrolled: false, appends: builder.appends };
    }
    decide(contact(random, victimId, 'letter', 'outbound', 'letter-sent', firstLetter), firstLetter);
    if (path === 'decline') {
      const declinedOn = minDate(addCalendarDays(firstLetter, random.int(3, 30)), today);
      decide(
        {
          type: 'DeclineScheme',
          data: {
            victimId,
            declinedOn,
            recordedOn: today,
            personal: { reason: 'Does not want to hear about the offender.' },
          },
        },
        declinedOn,
      );
      builder.flush(declinedOn, PRIORITY.other);
    } else {
      builder.flush(firstLetter, PRIORITY.other);
    }
    return { victimId, referral, referredOn, enrolled: false, appends: builder.appends };
  }

  // Enrolment: the scheme the sentence allows, preferences, and the contacts that opened the case.
  const enrolledOn = minDate(addCalendarDays(firstLetter, random.int(2, 25)), today);
  decide(contact(random, victimId, 'letter', 'outbound', 'letter-sent', firstLetter), firstLetter);
  if (child) {
    decide(
      {
        type: 'NominateActingPerson',
        data: {
          victimId,
          actingPersonId: random.uuid(),
          role: 'parent-or-guardian',
          nominatedOn: enrolledOn,
          recordedOn: today,
          receivesCommunications: true,
          personal: {
            fullName: `${random.pick(FORENAMES)} ${random.pick(SURNAMES)}`,
            relationshipToVictim: 'mother',
            phone: phone(random),
          },
        },
      },
      enrolledOn,
    );
  }
  const statutory = statutoryVcsEligibility(facts).eligible;
  const scheme = statutory ? 'vcs-statutory' : vnsEligibility(facts).eligible ? 'vns' : 'vcs-discretionary';
  decide(
    {
      type: 'EnrolVictim',
      data: {
        victimId,
        sentence: facts,
        scheme,
        ...(scheme === 'vcs-discretionary' ? { discretionaryReason: 'domestic-abuse' as const } : {}),
        enrolledOn,
        recordedOn: today,
        victimLiaisonOfficerId: vlo,
        personal: {},
      },
    },
    enrolledOn,
  );
  const channels = random.weighted(CHANNEL_SETS);
  const safetyFlag = random.chance(0.1);
  decide(preferences(random, victimId, channels, safetyFlag, enrolledOn, personal.address), enrolledOn);
  builder.flush(enrolledOn, PRIORITY.other);

  // The years after: contacts, with a few representations, reassignments, links and withdrawals in between.
  const span = Math.max(0, Math.min(daysBetween(enrolledOn, today), 4 * 365));
  const count = Math.max(1, Math.round(mix.meanContacts * (0.4 + random.next() * 1.2)));
  const days = Array.from({ length: count }, () => random.int(0, span)).sort((a, b) => a - b);
  const extras = new Map<number, (on: IsoDate) => boolean>();
  if (random.chance(0.3)) {
    extras.set(random.int(0, count - 1), (on) => {
      const submitted = representation(random, victimId, sentence, on);
      // Most are disclosed by the VLO (as submitted) to their first recipient the same day; partners read only those.
      return decide(submitted, on) && (!random.chance(0.8) || decide(disclosureOf(submitted, on), on));
    });
  }
  if (random.chance(0.08)) {
    extras.set(random.int(0, count - 1), (on) => {
      const next = `vlo-${region}-${random.int(1, mix.vlosPerRegion ?? NATIONAL_VLOS_PER_REGION)}`;
      const done =
        next !== vlo &&
        decide(
          {
            type: 'AssignVictimLiaisonOfficer',
            // `next` is an officer of the case's region: `vlo-<region>-<n>`.
            data: { victimId, victimLiaisonOfficerId: next, assignedOn: on, recordedOn: today, officerUnits: [region] },
          },
          on,
        );
      if (done) vlo = next;
      return done;
    });
  }
  const linkTo = random.chance(0.03) ? random.pick(sentences) : undefined;
  const linkDependsOn: PlannedAppend[] = [];
  if (linkTo && linkTo !== sentence) {
    extras.set(random.int(0, count - 1), (on) => {
      const linked =
        on >= linkTo.facts.sentenceDate &&
        decide(
          { type: 'LinkVictimToSentence', data: { victimId, sentence: linkTo.facts, linkedOn: on, recordedOn: today } },
          on,
        );
      if (linked) linkDependsOn.push(linkTo.recorded);
      return linked;
    });
  }
  let inGroup = 0;
  let dependsOn: PlannedAppend[] = [];
  for (let i = 0; i < count; i++) {
    const on = addCalendarDays(enrolledOn, days[i]);
    decide(contactBy(random, victimId, channels, safetyFlag, vlo, on, enrolledOn), on);
    inGroup += 1;
    const extra = extras.get(i);
    if (extra && extra(on)) inGroup += 1;
    dependsOn = [...dependsOn, ...linkDependsOn.splice(0)];
    if (inGroup >= mix.eventsPerAppend || i === count - 1) {
      builder.flush(on, PRIORITY.other, dependsOn);
      inGroup = 0;
      dependsOn = [];
    }
  }
  const lastDay = addCalendarDays(enrolledOn, days[count - 1]);
  if (random.chance(0.06)) {
    const withdrewOn = minDate(addCalendarDays(lastDay, random.int(5, 60)), today);
    decide(
      {
        type: 'WithdrawFromScheme',
        data: { victimId, withdrewOn, recordedOn: today, personal: { reason: 'Wants to move on.' } },
      },
      withdrewOn,
    );
    const rejoinedOn = addCalendarDays(withdrewOn, random.int(30, 300));
    if (random.chance(0.3) && rejoinedOn <= today) {
      decide(
        { type: 'RejoinScheme', data: { victimId, rejoinedOn, recordedOn: today, victimLiaisonOfficerId: vlo } },
        rejoinedOn,
      );
    }
    builder.flush(rejoinedOn <= today ? rejoinedOn : withdrewOn, PRIORITY.other);
  }
  return { victimId, referral, referredOn, enrolled: true, appends: builder.appends };
}

/** Same command with today's date as the API would pass it. */
function withToday(command: VictimCommand, today: IsoDate): VictimCommand {
  return { ...command, data: { ...command.data, recordedOn: today } } as VictimCommand;
}

function personalDetails(random: Random, referredOn: IsoDate, child: boolean) {
  const forename = random.pick(FORENAMES);
  const surname = random.pick(SURNAMES);
  const age = child ? random.int(9, 15) : random.int(19, 80);
  return {
    fullName: `${forename} ${surname}`,
    dateOfBirth: addCalendarDays(referredOn, -(age * 365 + random.int(10, 300))),
    address: {
      lines: [`${random.int(1, 200)} ${random.pick(STREETS)}`, random.pick(TOWNS)],
      postcode: `LS${random.int(1, 29)} ${random.int(1, 9)}QZ`,
    },
    phone: phone(random),
    email: `${forename.toLowerCase()}.${surname.toLowerCase()}${random.int(1, 9999)}@example.org`,
  };
}

function phone(random: Random): string {
  return `07700 9${String(random.int(0, 99_999)).padStart(5, '0')}`;
}

function preferences(
  random: Random,
  victimId: string,
  channels: readonly ContactChannel[],
  safetyCheckBeforeLetters: boolean,
  updatedOn: IsoDate,
  address: { lines: string[]; postcode: string },
): UpdateContactPreferences {
  return {
    type: 'UpdateContactPreferences',
    data: {
      victimId,
      updatedOn,
      recordedOn: updatedOn,
      channels,
      stages: random.chance(0.8) ? { choice: 'all-key-stages' } : { choice: 'release-month-only' },
      safetyCheckBeforeLetters,
      personal: {
        ...(channels.includes('letter') ? { address } : {}),
        ...(channels.includes('email') ? { email: `case${random.int(1, 99_999)}@example.net` } : {}),
        ...(channels.includes('phone') ? { phone: phone(random) } : {}),
        ...(channels.includes('sms') ? { mobile: phone(random) } : {}),
        language: random.chance(0.95) ? 'en' : random.pick(['cy', 'pl', 'ur']),
        accessibleFormats: random.chance(0.05) ? ['large-print'] : [],
        timesNotToCall: random.chance(0.1) ? [{ days: ['monday', 'tuesday'], from: '17:00', to: '19:00' }] : [],
      },
    },
  };
}

function contact(
  random: Random,
  victimId: string,
  method: ContactMethod,
  direction: 'inbound' | 'outbound',
  result: ContactResult,
  occurredOn: IsoDate,
): RecordContact {
  return {
    type: 'RecordContact',
    data: {
      victimId,
      contactId: random.uuid(),
      method,
      direction,
      result,
      occurredOn,
      recordedOn: occurredOn,
      personal: { summary: 'Explained the scheme and what happens next; the victim asked about the release date.' },
    },
  };
}

const RESULT_OF: Record<ContactChannel, readonly ContactResult[]> = {
  letter: ['letter-sent'],
  email: ['email-sent'],
  sms: ['sms-sent'],
  phone: ['contact-made', 'contact-made', 'no-answer', 'message-left'],
};

/** A contact on one of the victim's chosen channels (or an inbound call, or a visit), with a follow-up date now and then. */
function contactBy(
  random: Random,
  victimId: string,
  channels: readonly ContactChannel[],
  safetyFlag: boolean,
  vlo: string,
  on: IsoDate,
  enrolledOn: IsoDate,
): RecordContact {
  const roll = random.next();
  const base =
    roll < 0.15
      ? contact(random, victimId, 'phone', 'inbound', 'contact-made', on)
      : roll < 0.2
        ? contact(random, victimId, 'home-visit', 'outbound', 'contact-made', on)
        : (() => {
            const channel = random.pick(channels);
            return contact(random, victimId, channel, 'outbound', random.pick(RESULT_OF[channel]), on);
          })();
  const followUpOn = random.chance(0.25) ? addCalendarDays(on, random.int(14, 42)) : undefined;
  const safetyCheck =
    safetyFlag && base.data.method === 'letter'
      ? { checkedBy: `vlo-manager-check-${vlo}`, checkedOn: on >= enrolledOn ? on : enrolledOn }
      : undefined;
  return {
    ...base,
    data: { ...base.data, ...(followUpOn ? { followUpOn } : {}), ...(safetyCheck ? { safetyCheck } : {}) },
  };
}

function representation(random: Random, victimId: string, sentence: SentenceSeed, on: IsoDate): SubmitRepresentation {
  const facts = sentence.facts;
  const base = { victimId, representationId: random.uuid(), sentence: facts, submittedOn: on, recordedOn: on };
  if (isHospitalOrder(facts.sentenceType)) {
    return {
      type: 'SubmitRepresentation',
      data: {
        ...base,
        kind: 'discharge-conditions',
        requestedConditions: [{ conditionId: 'c1', kind: 'exclusion-zone' }],
        sentTo:
          facts.sentenceType === 'hospital-order-with-restriction'
            ? ['mental-health-casework-section']
            : ['responsible-clinician'],
        personal: { conditionDescriptions: { c1: 'The town centre and the streets around the college.' } },
      },
    };
  }
  if (isCustodial(facts.sentenceType) && hasParoleBoardRelease(facts.sentenceType) && random.chance(0.4)) {
    return {
      type: 'SubmitRepresentation',
      data: {
        ...base,
        kind: 'victim-personal-statement',
        requestedConditions: [],
        vpsPresentation: random.pick(['written-only', 'read-by-victim'] as const),
        sentTo: ['parole-board'],
        personal: {
          statementText:
            'Since the offence I have not felt safe going out alone. I ask the Board to consider how it changed my life.',
        },
      },
    };
  }
  return {
    type: 'SubmitRepresentation',
    data: {
      ...base,
      kind: 'licence-conditions',
      requestedConditions: [
        { conditionId: 'c1', kind: 'exclusion-zone' },
        { conditionId: 'c2', kind: 'non-contact' },
      ],
      sentTo: ['probation-practitioner', 'parole-board'],
      personal: { conditionDescriptions: { c1: 'The streets around the victim’s workplace in the city centre.' } },
    },
  };
}

function disclosureOf({ data }: SubmitRepresentation, on: IsoDate): DiscloseRepresentation {
  return {
    type: 'DiscloseRepresentation',
    data: {
      victimId: data.victimId,
      representationId: data.representationId,
      recipient: data.sentTo.includes('parole-board') ? 'parole-board' : data.sentTo[0],
      disclosedOn: on,
      recordedOn: on,
      approvedBy: 'vlo-bench',
      confirmedFlags: [],
      personal: data.personal,
    },
  };
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
