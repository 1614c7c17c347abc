import { unreachable } from '../shared/unreachable';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ReferredFor } from '../eligibility/scheme';
import { RECONSIDERATION_WINDOW_CALENDAR_DAYS } from '../sentence/milestone-rules';
import { MILESTONE_KINDS, Milestone, MilestoneKind } from '../sentence/sentence-milestone';
import { IsoDate, addCalendarDays } from '../shared/iso-date';
import {
  IsoInstant,
  addCalendarMonths,
  instantMs,
  londonDateOf,
  londonInstant,
  londonTimeOf,
} from '../shared/iso-instant';
import { DEFAULT_TIMESCALE_POLICY, TimescalePolicy } from '../timescales/timescale-policy';
import { AccessibleFormat, ContactChannel, ContactPreferencesChoice } from '../victim/contact-preferences';
import { NotificationCause } from '../victim/victim.events';
import { KnownVictim, Participation } from '../victim/victim.state';
import {
  PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING,
  VictimRequestKind,
  VictimRequestOutcome,
} from '../victim/victim-request';
import {
  NotificationReason,
  NotificationStage,
  SERVICE_STAGES,
  ServiceStage,
  wantsNotification,
} from './notification-stage';

/** Configurable lead times and hours (docs/DOMAIN-RULES.md is silent on most; see docs/DOMAIN-RULES.md §10). */
export interface NotificationPolicy {
  /** Advance notice of a known future date (hearing, eligibility, end of conditions, release month), in working days. */
  readonly advanceNoticeWorkingDays: number;
  /** Release and parole decisions: due the same day they are recorded, before the media has them. */
  readonly sameDayStages: readonly MilestoneKind[];
  /**
   * Due the moment they are recorded, day or night (no `sendFrom` floor), by the fastest channel the victim chose:
   * the offender is out of custody and the victim may be in danger now (issue 17). Default: escape or abscond.
   */
  readonly immediateStages: readonly MilestoneKind[];
  /** Fastest first, for immediate stages: a text arrives in seconds, a call needs a VLO free, an email may wait unread. */
  readonly fastestChannels: readonly ContactChannel[];
  /** Nothing is due before this time of day in England and Wales (`HH:MM`). */
  readonly sendFrom: string;
  /** Ordinary notices recorded after this time (`HH:MM`) on a working day wait for the next working day. */
  readonly workingDayEnds: string;
  /** Same-day notices go by the victim's first chosen channel that is not a letter, if they chose one. */
  readonly sameDayPrefersFastChannel: boolean;
  /** The VLO's first letter is due this many working days after the referral (well inside the Right 11 deadline). */
  readonly initialContactWorkingDaysAfterReferral: number;
  readonly annualContactMonths: number;
}

/**
 * When the notice of each stage is due by default: `immediate` (day or night, the fastest channel: the offender is out
 * of custody and the victim may be in danger now), `same-day` (release and parole decisions and the like, before the
 * media has them) or `ordinary` (working hours). Keyed by every milestone kind, so a new one is decided here.
 */
const MILESTONE_NOTICE_TIMING = {
  'parole-eligibility': 'ordinary',
  'parole-hearing-listed': 'ordinary',
  'parole-hearing-postponed': 'ordinary',
  'parole-decision': 'same-day',
  reconsideration: 'ordinary',
  'set-aside': 'ordinary',
  'high-court-referral': 'same-day',
  'open-conditions-eligibility': 'ordinary',
  'prison-transfer': 'ordinary',
  recategorisation: 'ordinary',
  'hospital-direction': 'ordinary',
  'remitted-to-prison': 'ordinary',
  'transfer-to-open-conditions': 'ordinary',
  'return-to-closed-conditions': 'ordinary',
  'release-on-temporary-licence': 'ordinary',
  'home-detention-curfew': 'same-day',
  'release-on-licence': 'same-day',
  'licence-conditions-set': 'ordinary',
  recall: 'same-day',
  'escape-or-abscond': 'immediate',
  'return-to-custody': 'same-day',
  'licence-end': 'ordinary',
  'sentence-end': 'ordinary',
  'release-date-changed': 'ordinary',
  'hospital-leave': 'ordinary',
  'hospital-transfer': 'ordinary',
  'tribunal-hearing-listed': 'ordinary',
  'tribunal-decision': 'same-day',
  'conditional-discharge': 'same-day',
  'absolute-discharge': 'same-day',
  'discharge-conditions-varied': 'ordinary',
  'restrictions-lifted': 'ordinary',
  appeal: 'ordinary',
  death: 'same-day',
  'suspended-sentence-activated': 'same-day',
  'removal-planned': 'ordinary',
  deportation: 'ordinary',
  'transfer-abroad': 'ordinary',
  'return-after-removal': 'same-day',
} as const satisfies Record<MilestoneKind, 'immediate' | 'same-day' | 'ordinary'>;

export const DEFAULT_NOTIFICATION_POLICY: NotificationPolicy = {
  advanceNoticeWorkingDays: 10,
  sameDayStages: MILESTONE_KINDS.filter((kind) => MILESTONE_NOTICE_TIMING[kind] === 'same-day'),
  immediateStages: MILESTONE_KINDS.filter((kind) => MILESTONE_NOTICE_TIMING[kind] === 'immediate'),
  fastestChannels: ['sms', 'phone', 'email', 'letter'],
  sendFrom: '09:00',
  workingDayEnds: '17:00',
  sameDayPrefersFastChannel: true,
  initialContactWorkingDaysAfterReferral: 1,
  annualContactMonths: 12,
};

/**
 * Whether a service stage is a notice ahead of (or on) a date a milestone set. Those stop making sense once the
 * sentence ends; a new service stage must say which it is.
 */
const SERVICE_STAGE_TIMING = {
  'initial-contact': 'not-dated',
  'annual-contact': 'not-dated',
  'release-month': 'dated',
  'parole-eligibility-upcoming': 'dated',
  'parole-hearing-upcoming': 'dated',
  'tribunal-hearing-upcoming': 'dated',
  'open-conditions-eligibility-upcoming': 'dated',
  'licence-conditions-end-upcoming': 'dated',
  'licence-conditions-end': 'dated',
  'request-answered': 'not-dated',
} as const satisfies Record<ServiceStage, 'dated' | 'not-dated'>;

/** The notices of a date a milestone set (hearing, eligibility, release month, end of licence conditions). */
export const DATED_NOTICE_STAGES: readonly ServiceStage[] = SERVICE_STAGES.filter(
  (stage) => SERVICE_STAGE_TIMING[stage] === 'dated',
);

const NONE: readonly NotificationStage[] = [];
const HEARING_AND_ELIGIBILITY: readonly NotificationStage[] = [
  'parole-hearing-upcoming',
  'parole-eligibility-upcoming',
];
const RELEASED: readonly NotificationStage[] = ['release-month', ...HEARING_AND_ELIGIBILITY];

/**
 * Pending notices a milestone makes pointless: the hearing happened, the offender was released, the sentence ended
 * (every dated notice). The planner cancels them as superseded; the victim is told what did happen instead. Every
 * milestone kind says which (none for most), so a new kind is decided here, not forgotten.
 */
export const STAGES_SUPERSEDED_BY = {
  'parole-eligibility': NONE,
  'parole-hearing-listed': NONE,
  // The hearing will not be on the date announced: a new date moves the notice (set by this milestone, kept).
  'parole-hearing-postponed': ['parole-hearing-upcoming'],
  'parole-decision': HEARING_AND_ELIGIBILITY,
  reconsideration: NONE,
  'set-aside': NONE,
  'high-court-referral': NONE,
  'open-conditions-eligibility': NONE,
  'transfer-to-open-conditions': NONE,
  'return-to-closed-conditions': NONE,
  'release-on-temporary-licence': NONE,
  'home-detention-curfew': RELEASED,
  'release-on-licence': RELEASED,
  'licence-conditions-set': NONE,
  recall: NONE,
  'escape-or-abscond': NONE,
  'return-to-custody': NONE,
  'licence-end': ['licence-conditions-end-upcoming'],
  'sentence-end': DATED_NOTICE_STAGES,
  // The release month announced is no longer true: a date still ahead moves the notice (set by this milestone, kept);
  // one already come (a change in the law can bring release into the past: SDS40) leaves it to be withdrawn.
  'release-date-changed': ['release-month'],
  'hospital-leave': NONE,
  'hospital-transfer': NONE,
  'tribunal-hearing-listed': NONE,
  'tribunal-decision': ['tribunal-hearing-upcoming'],
  'conditional-discharge': ['tribunal-hearing-upcoming'],
  'absolute-discharge': DATED_NOTICE_STAGES,
  appeal: NONE,
  death: DATED_NOTICE_STAGES,
  'prison-transfer': NONE,
  recategorisation: NONE,
  'hospital-direction': NONE,
  'remitted-to-prison': NONE,
  'discharge-conditions-varied': NONE,
  'restrictions-lifted': NONE,
  'suspended-sentence-activated': NONE,
  'removal-planned': NONE,
  deportation: DATED_NOTICE_STAGES,
  'transfer-abroad': DATED_NOTICE_STAGES,
  'return-after-removal': NONE,
} as const satisfies Record<MilestoneKind, readonly NotificationStage[]>;

/** What the policy needs to know about the victim. `language` and formats come from the decrypted preferences. */
export interface VictimNotificationFacts {
  readonly victimId: string;
  readonly participation: Participation;
  readonly erased: boolean;
  readonly caseClosed: boolean;
  readonly linkedSentenceIds: readonly string[];
  readonly preferences?: ContactPreferencesChoice;
  /** In memory only: never copied into an event outside `personal`. */
  readonly language?: string;
  readonly accessibleFormats?: readonly AccessibleFormat[];
}

export function victimNotificationFactsOf(
  victim: KnownVictim,
  personal: { readonly language?: string; readonly accessibleFormats?: readonly AccessibleFormat[] } = {},
): VictimNotificationFacts {
  const { channels, stages, safetyCheckBeforeLetters } = victim.preferences ?? {};
  return {
    victimId: victim.victimId,
    participation: victim.participation,
    erased: victim.erasure !== undefined,
    caseClosed: victim.closure !== undefined,
    linkedSentenceIds: victim.linkedSentenceIds,
    ...(channels && stages && safetyCheckBeforeLetters !== undefined
      ? { preferences: { channels, stages, safetyCheckBeforeLetters } }
      : {}),
    ...(personal.language !== undefined ? { language: personal.language } : {}),
    ...(personal.accessibleFormats !== undefined ? { accessibleFormats: personal.accessibleFormats } : {}),
  };
}

/** A milestone as recorded on the sentence stream, with the moment it was recorded (the event's `occurredAt`). */
export type MilestoneToNotify = Milestone & {
  readonly sentenceId: string;
  readonly milestoneId: string;
  readonly date: IsoDate;
  readonly recordedAt: IsoInstant;
};

export interface DueNotification {
  readonly victimId: string;
  readonly sentenceId: string;
  readonly stage: NotificationStage;
  readonly dueAt: IsoInstant;
  /** The channel to use, then the victim's other choices in their order (fallback after a failed delivery). */
  readonly channel: ContactChannel;
  readonly fallbackChannels: readonly ContactChannel[];
  readonly reason: NotificationReason;
  readonly causedBy: NotificationCause;
  /** The victim has a safety flag: nothing goes before a VLO confirms it is safe (canSendNow). */
  readonly safetyCheckRequired: boolean;
  /** A dated notice: a newer milestone of the same kind moves the pending one (same id, new dueAt) rather than adding another. */
  readonly movesPending: boolean;
  /** The VLO's own deadline, for the initial contact. */
  readonly deadline?: IsoDate;
  /**
   * A provisional parole decision: the last day an application for reconsideration can be made (Parole Board Rules 2019
   * r.28(3)). The victim can only ask the Secretary of State to apply, so the VLO has a task to ask them well before it.
   * A listed parole hearing: the last day to apply for a public hearing (12 weeks before it), while it has not passed.
   */
  readonly respondBy?: IsoDate;
  readonly language?: string;
  readonly accessibleFormats?: readonly AccessibleFormat[];
}

export const SKIP_REASONS = [
  'victim-erased',
  'case-closed',
  'victim-opted-out',
  'victim-not-in-scheme',
  'sentence-not-linked',
  'preferences-not-recorded',
  'stage-not-wanted',
  'date-already-passed',
  'conditions-do-not-protect-victim',
  'not-annual-letter',
  'sentence-ended',
  'request-withdrawn-by-victim',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkippedNotification {
  readonly stage: NotificationStage;
  readonly reason: SkipReason;
}

export interface NotificationPlan {
  readonly due: readonly DueNotification[];
  readonly skipped: readonly SkippedNotification[];
}

interface Candidate {
  readonly stage: NotificationStage;
  readonly dueAt?: IsoInstant;
  readonly skip?: SkipReason;
  readonly reason: NotificationReason;
  readonly movesPending: boolean;
  readonly sameDay: boolean;
  readonly deadline?: IsoDate;
  readonly respondBy?: IsoDate;
  /** Goes by letter when the victim chose letters (the yearly letter), whatever their first channel. */
  readonly prefersLetter?: boolean;
  /** Goes by the fastest channel the victim chose (`fastestChannels`). */
  readonly immediate?: boolean;
}

/** The notifications a sentence milestone makes due for one victim. */
/**
 * The last day for what the victim may ask on hearing of this milestone, where the law sets one: a provisional parole
 * decision's reconsideration (21 days after it was provided to the parties, r.28(3)); a listed hearing's public-hearing
 * application (no later than 12 weeks before the hearing: SI 2022/717 r.15 as described in Hansard, 6 March 2023) while
 * that day has not passed. The caseload gives the VLO a task due by it.
 */
function respondByFor(milestone: MilestoneToNotify, today: IsoDate): IsoDate | undefined {
  if (milestone.kind === 'parole-decision' && milestone.detail.reconsiderable === true)
    return addCalendarDays(
      milestone.detail.providedToPartiesOn ?? milestone.date,
      RECONSIDERATION_WINDOW_CALENDAR_DAYS,
    );
  if (milestone.kind === 'parole-hearing-listed') {
    const lastDay = addCalendarDays(milestone.detail.hearingDate, -7 * PUBLIC_HEARING_APPLICATION_WEEKS_BEFORE_HEARING);
    return lastDay >= today ? lastDay : undefined;
  }
  return undefined;
}

export function notificationsForMilestone(
  milestone: MilestoneToNotify,
  victim: VictimNotificationFacts,
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): NotificationPlan {
  const times = timesFor(calendar, policy);
  const { recordedAt } = milestone;
  const immediate = policy.immediateStages.includes(milestone.kind);
  const sameDay = immediate || policy.sameDayStages.includes(milestone.kind);
  const respondBy = respondByFor(milestone, londonDateOf(recordedAt));
  const candidates: Candidate[] = [
    {
      stage: milestone.kind,
      dueAt: immediate ? recordedAt : sameDay ? times.sameDay(recordedAt) : times.ordinary(recordedAt),
      reason: sameDay ? 'same-day-decision' : 'milestone-reached',
      movesPending: false,
      sameDay,
      immediate,
      ...(respondBy !== undefined ? { respondBy } : {}),
    },
  ];
  const advance = (stage: NotificationStage, noticeBefore: IsoDate, happensOn: IsoDate): Candidate => {
    if (happensOn < londonDateOf(recordedAt))
      return { stage, skip: 'date-already-passed', reason: 'advance-notice', movesPending: true, sameDay: false };
    const target = londonInstant(
      times.workingDaysBefore(noticeBefore, policy.advanceNoticeWorkingDays),
      policy.sendFrom,
    );
    const dueAt = instantMs(target) > instantMs(recordedAt) ? target : times.ordinary(recordedAt);
    return { stage, dueAt, reason: 'advance-notice', movesPending: true, sameDay: false };
  };
  switch (milestone.kind) {
    case 'parole-eligibility':
      candidates.push(
        advance(
          'parole-eligibility-upcoming',
          milestone.detail.paroleEligibilityDate,
          milestone.detail.paroleEligibilityDate,
        ),
      );
      break;
    case 'parole-hearing-listed':
      candidates.push(advance('parole-hearing-upcoming', milestone.detail.hearingDate, milestone.detail.hearingDate));
      break;
    case 'parole-hearing-postponed':
      // A new date moves the pending advance notice; without one the planner cancels it (superseded).
      if (milestone.detail.newHearingDate !== undefined)
        candidates.push(
          advance('parole-hearing-upcoming', milestone.detail.newHearingDate, milestone.detail.newHearingDate),
        );
      break;
    case 'tribunal-hearing-listed':
      candidates.push(advance('tribunal-hearing-upcoming', milestone.detail.hearingDate, milestone.detail.hearingDate));
      break;
    case 'open-conditions-eligibility':
      candidates.push(
        advance('open-conditions-eligibility-upcoming', milestone.detail.eligibleFrom, milestone.detail.eligibleFrom),
      );
      break;
    case 'release-date-changed': {
      const releaseOn = milestone.detail.expectedReleaseDate;
      candidates.push(advance('release-month', `${releaseOn.slice(0, 7)}-01`, releaseOn));
      break;
    }
    case 'licence-conditions-set': {
      const endsOn = milestone.detail.conditionsEndDate;
      if (!milestone.detail.protectsVictimIds.includes(victim.victimId)) {
        for (const stage of ['licence-conditions-end-upcoming', 'licence-conditions-end'] as const) {
          candidates.push({
            stage,
            skip: 'conditions-do-not-protect-victim',
            reason: 'advance-notice',
            movesPending: true,
            sameDay: false,
          });
        }
        break;
      }
      candidates.push(advance('licence-conditions-end-upcoming', endsOn, endsOn));
      if (endsOn < londonDateOf(recordedAt)) {
        candidates.push({
          stage: 'licence-conditions-end',
          skip: 'date-already-passed',
          reason: 'date-reached',
          movesPending: true,
          sameDay: false,
        });
      } else {
        const onTheDay = londonInstant(times.workingDayOnOrAfter(endsOn), policy.sendFrom);
        const dueAt = instantMs(onTheDay) > instantMs(recordedAt) ? onTheDay : times.ordinary(recordedAt);
        candidates.push({
          stage: 'licence-conditions-end',
          dueAt,
          reason: 'date-reached',
          movesPending: true,
          sameDay: false,
        });
      }
      break;
    }
    // Only the notice of the milestone itself (the first candidate): nothing ahead of a date it sets.
    case 'parole-decision':
    case 'reconsideration':
    case 'set-aside':
    case 'high-court-referral':
    case 'transfer-to-open-conditions':
    case 'return-to-closed-conditions':
    case 'release-on-temporary-licence':
    case 'home-detention-curfew':
    case 'release-on-licence':
    case 'recall':
    case 'escape-or-abscond':
    case 'return-to-custody':
    case 'licence-end':
    case 'sentence-end':
    case 'hospital-leave':
    case 'hospital-transfer':
    case 'tribunal-decision':
    case 'conditional-discharge':
    case 'absolute-discharge':
    case 'appeal':
    case 'death':
    case 'deportation':
    case 'suspended-sentence-activated':
    case 'prison-transfer':
    case 'recategorisation':
    case 'hospital-direction':
    case 'remitted-to-prison':
    case 'discharge-conditions-varied':
    case 'restrictions-lifted':
    case 'removal-planned':
    case 'transfer-abroad':
    case 'return-after-removal':
      break;
    default:
      return unreachable(milestone);
  }
  return plan(candidates, milestone.sentenceId, { milestoneId: milestone.milestoneId }, victim, policy);
}

/**
 * The VLO's first letter after a referral, due well inside the Victims' Code deadline (returned as `deadline`, counted
 * from the referral date as the Code says). A referral recorded late (its date in the past) plans the letter no
 * earlier than it was recorded (`recordedAt`): as soon as an ordinary notice would go, never before it existed.
 */
export function initialContactNotification(
  victim: VictimNotificationFacts,
  referral: {
    readonly sentenceId: string;
    readonly referralEventId: string;
    readonly receivedOn: IsoDate;
    readonly referredFor: ReferredFor;
    readonly sentenceDate: IsoDate;
    /** When the referral was entered into the service (the `ReferralReceived` event's `occurredAt`). */
    readonly recordedAt: IsoInstant;
  },
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
  timescales: TimescalePolicy = DEFAULT_TIMESCALE_POLICY,
): NotificationPlan {
  const deadline =
    referral.referredFor === 'vns'
      ? timescales.vnsContactDayKind === 'calendar-days'
        ? addCalendarDays(referral.sentenceDate, timescales.vnsContactDaysFromSentence)
        : calendar.addWorkingDays(referral.sentenceDate, timescales.vnsContactDaysFromSentence)
      : calendar.addWorkingDays(referral.receivedOn, timescales.initialContactWorkingDaysFromReferral);
  const target = calendar.addWorkingDays(referral.receivedOn, policy.initialContactWorkingDaysAfterReferral);
  const planned = londonInstant(target < deadline ? target : deadline, policy.sendFrom);
  const dueAt =
    instantMs(planned) > instantMs(referral.recordedAt)
      ? planned
      : timesFor(calendar, policy).ordinary(referral.recordedAt);
  return plan(
    [
      {
        stage: 'initial-contact',
        dueAt,
        reason: 'initial-contact-deadline',
        movesPending: false,
        sameDay: false,
        deadline,
      },
    ],
    referral.sentenceId,
    { eventId: referral.referralEventId },
    victim,
    policy,
  );
}

/**
 * The yearly letter for victims who chose it: 12 months (configurable) after `anchorOn` (the day they joined or the
 * last yearly letter), 09:00 on that day or the next working day; when that moment has already passed by `notBefore`
 * (e.g. the victim chose the yearly letter 13 months after joining), as soon as an ordinary notice would go. By letter
 * when the victim chose letters, so it goes through the VLO's letter workflow (draft, manager's approval); else by
 * their first chosen channel. `annualContactFor` (annual-contact.ts) finds the anchor and the sentence.
 */
export function annualContactNotification(
  victim: VictimNotificationFacts,
  anchor: {
    readonly sentenceId: string;
    readonly anchorOn: IsoDate;
    readonly causedByEventId: string;
    readonly notBefore?: IsoInstant;
  },
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): NotificationPlan {
  const times = timesFor(calendar, policy);
  const dueOn = times.workingDayOnOrAfter(addCalendarMonths(anchor.anchorOn, policy.annualContactMonths));
  const target = londonInstant(dueOn, policy.sendFrom);
  const dueAt =
    anchor.notBefore !== undefined && instantMs(target) < instantMs(anchor.notBefore)
      ? times.ordinary(anchor.notBefore)
      : target;
  const candidate: Candidate =
    victim.preferences && victim.preferences.stages.choice !== 'annual-letter'
      ? {
          stage: 'annual-contact',
          skip: 'not-annual-letter',
          reason: 'annual-contact',
          movesPending: true,
          sameDay: false,
        }
      : {
          stage: 'annual-contact',
          dueAt,
          reason: 'annual-contact',
          movesPending: true,
          sameDay: false,
          prefersLetter: true,
        };
  return plan([candidate], anchor.sentenceId, { eventId: anchor.causedByEventId }, victim, policy);
}

/**
 * Which answers to a victim's request the victim is told of (issue 17): a decision (granted or refused) and a document
 * provided, each a notice by their chosen channel; a request the victim withdrew themselves is not (they told the VLO).
 * Keyed by every outcome, so a new one is decided here.
 */
export const REQUEST_ANSWER_NOTICE = {
  granted: 'tell-victim',
  refused: 'tell-victim',
  provided: 'tell-victim',
  withdrawn: 'victim-withdrew',
} as const satisfies Record<VictimRequestOutcome, 'tell-victim' | 'victim-withdrew'>;

/** The answer to a victim's request as recorded (`VictimRequestAnswered`), with the moment it was recorded. */
export interface RequestAnswerToNotify {
  readonly sentenceId: string;
  readonly requestId: string;
  readonly kind: VictimRequestKind;
  readonly outcome: VictimRequestOutcome;
  /** The `VictimRequestAnswered` event's id: the notice's cause (a replay derives the same notification id). */
  readonly answerEventId: string;
  readonly recordedAt: IsoInstant;
}

/**
 * The victim hears the answer to their own request: in working hours like an ordinary notice (a decision on a request
 * is not the offender in the community), by their first chosen channel, after the safety check when they have a flag,
 * at every level of contact (they asked), never when they withdrew or declined, and not for a request they withdrew.
 */
export function requestAnsweredNotification(
  victim: VictimNotificationFacts,
  answer: RequestAnswerToNotify,
  calendar: WorkingDayCalendar,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): NotificationPlan {
  const base = { stage: 'request-answered', reason: 'request-answered', movesPending: false, sameDay: false } as const;
  const notice = REQUEST_ANSWER_NOTICE[answer.outcome];
  const candidate: Candidate =
    notice === 'tell-victim'
      ? { ...base, dueAt: timesFor(calendar, policy).ordinary(answer.recordedAt) }
      : { ...base, skip: 'request-withdrawn-by-victim' };
  return plan([candidate], answer.sentenceId, { eventId: answer.answerEventId }, victim, policy);
}

function plan(
  candidates: readonly Candidate[],
  sentenceId: string,
  causedBy: NotificationCause,
  victim: VictimNotificationFacts,
  policy: NotificationPolicy,
): NotificationPlan {
  const due: DueNotification[] = [];
  const skipped: SkippedNotification[] = [];
  for (const candidate of candidates) {
    const reason = candidate.skip ?? whyNot(victim, sentenceId, candidate.stage);
    if (reason !== undefined || candidate.dueAt === undefined) {
      skipped.push({ stage: candidate.stage, reason: reason ?? 'date-already-passed' });
      continue;
    }
    const chosen = victim.preferences?.channels ?? ['letter'];
    const fastest = candidate.immediate ? policy.fastestChannels.find((c) => chosen.includes(c)) : undefined;
    const fast =
      fastest ??
      (candidate.sameDay && policy.sameDayPrefersFastChannel ? chosen.find((c) => c !== 'letter') : undefined);
    const letter = candidate.prefersLetter && chosen.includes('letter') ? 'letter' : undefined;
    const channel = fast ?? letter ?? chosen[0];
    due.push({
      victimId: victim.victimId,
      sentenceId,
      stage: candidate.stage,
      dueAt: candidate.dueAt,
      channel,
      fallbackChannels: chosen.filter((c) => c !== channel),
      reason: candidate.reason,
      causedBy,
      safetyCheckRequired: victim.preferences?.safetyCheckBeforeLetters ?? false,
      movesPending: candidate.movesPending,
      ...(candidate.deadline !== undefined ? { deadline: candidate.deadline } : {}),
      ...(candidate.respondBy !== undefined ? { respondBy: candidate.respondBy } : {}),
      ...(victim.language !== undefined ? { language: victim.language } : {}),
      ...(victim.accessibleFormats !== undefined ? { accessibleFormats: victim.accessibleFormats } : {}),
    });
  }
  return { due, skipped };
}

/** The same gate as the victim decider's `ScheduleNotification`, as a skip reason. */
function whyNot(victim: VictimNotificationFacts, sentenceId: string, stage: NotificationStage): SkipReason | undefined {
  if (victim.erased) return 'victim-erased';
  if (victim.caseClosed) return 'case-closed';
  if (victim.participation === 'withdrawn' || victim.participation === 'declined') return 'victim-opted-out';
  if (stage === 'initial-contact' ? victim.participation !== 'referred' : victim.participation !== 'enrolled')
    return 'victim-not-in-scheme';
  if (!victim.linkedSentenceIds.includes(sentenceId)) return 'sentence-not-linked';
  if (stage === 'initial-contact') return undefined;
  if (!victim.preferences) return 'preferences-not-recorded';
  if (!wantsNotification(victim.preferences.stages, stage))
    return stage === 'annual-contact' ? 'not-annual-letter' : 'stage-not-wanted';
  return undefined;
}

function timesFor(calendar: WorkingDayCalendar, policy: NotificationPolicy) {
  const workingDayOnOrAfter = (date: IsoDate): IsoDate =>
    calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
  return {
    workingDayOnOrAfter,
    /** The working day `n` working days before `date` (`date` itself is not counted). */
    workingDaysBefore(date: IsoDate, n: number): IsoDate {
      let day = date;
      for (let counted = 0; counted < n;) {
        day = addCalendarDays(day, -1);
        if (calendar.isWorkingDay(day)) counted += 1;
      }
      return day;
    },
    /** Same-day decisions: at once, but not before `sendFrom` (an early-morning recording waits until then). */
    sameDay(recordedAt: IsoInstant): IsoInstant {
      const day = londonDateOf(recordedAt);
      return londonTimeOf(recordedAt) < policy.sendFrom ? londonInstant(day, policy.sendFrom) : recordedAt;
    },
    /** Other notices: at once in working hours, else at `sendFrom` on the next working day (or today, if early). */
    ordinary(recordedAt: IsoInstant): IsoInstant {
      const day = londonDateOf(recordedAt);
      const time = londonTimeOf(recordedAt);
      if (calendar.isWorkingDay(day)) {
        if (time < policy.sendFrom) return londonInstant(day, policy.sendFrom);
        if (time < policy.workingDayEnds) return recordedAt;
      }
      return londonInstant(calendar.addWorkingDays(day, 1), policy.sendFrom);
    },
  };
}
