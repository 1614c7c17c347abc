import { unreachable } from '../shared/unreachable';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { IsoDate, addCalendarDays, assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, hasDuplicates, omit } from '../shared/text';
import { LICENCE_CONDITION_KINDS } from './licence-condition';
import { RecordSentenceMilestone } from './sentence.commands';
import { SentenceMilestoneReached } from './sentence.events';
import {
  CUSTODY_ESCAPE_CIRCUMSTANCES,
  ESCAPE_CIRCUMSTANCES,
  HEARING_POSTPONEMENTS,
  HOSPITAL_DIRECTION_BASES,
  HOSPITAL_ESCAPE_CIRCUMSTANCES,
  HospitalMilestoneKind,
  MILESTONE_APPLIES_TO,
  MilestoneKind,
  SECURITY_CATEGORIES,
  MILESTONE_KINDS,
  Milestone,
  RELEASE_DATE_CHANGE_REASONS,
  REMOVAL_ROUTES,
} from './sentence-milestone';
import {
  DEFAULT_RELEASE_LAW_POLICY,
  lawChangeExclusion,
  RELEASE_LAW_CHANGES,
  releaseLawChangeInForceFrom,
  ReleaseLawPolicy,
} from './release-law-change';
import { ParoleDecisionStanding, RecordedSentence } from './sentence.state';
import {
  SentenceType,
  allowsHomeDetentionCurfew,
  hasParoleBoardRelease,
  isHospitalOrder,
  isIndeterminate,
  isSuspended,
} from './sentence-type';

/** Parole Board Rules 2019 r.28(3): an application no later than 21 days after the decision is provided to the parties. */
export const RECONSIDERATION_WINDOW_CALENDAR_DAYS = 21;

type MilestoneCommand = RecordSentenceMilestone['data'];

/** Victims and Prisoners Act 2024 ss.61–62 (referral of release decisions to the High Court) in force: SI 2025/1325. */
export const HIGH_COURT_REFERRAL_IN_FORCE_FROM: IsoDate = '2025-12-31';

/**
 * Parole Board Rules 2019 r.28(2): decisions are eligible for reconsideration only where the prisoner is serving an
 * indeterminate sentence, an extended sentence, a determinate sentence subject to initial release by the Board, or a
 * serious terrorism sentence. Here: life, IPP, extended and s.278 (the sentences with Board release). Serious
 * terrorism sentences are not a sentence type yet (recorded as extended, they count). Recalled standard determinate
 * prisoners are not eligible, whoever decides their re-release.
 */
export function decisionsAreReconsiderable(sentence: RecordedSentence): boolean {
  return hasParoleBoardRelease(sentence.facts.sentenceType);
}

/** The last day an application to reconsider the standing decision can be made (r.28(3)). */
export function reconsiderationLastDay(decision: ParoleDecisionStanding): IsoDate {
  return addCalendarDays(decision.providedToPartiesOn, RECONSIDERATION_WINDOW_CALENDAR_DAYS);
}

/**
 * The milestone as the event records it: a parole decision gets the day it was provided to the parties (the command's,
 * else its own date) and whether it can be reconsidered, so readers (letters, the timeline) need not work it out.
 */
export function milestoneAsRecorded(
  sentence: RecordedSentence,
  command: MilestoneCommand,
): SentenceMilestoneReached['data'] {
  const data = omit(command, 'recordedOn') as SentenceMilestoneReached['data'];
  if (data.kind !== 'parole-decision') return data;
  const { reconsiderable: _ignored, ...detail } = data.detail;
  void _ignored;
  return {
    ...data,
    detail: {
      ...detail,
      providedToPartiesOn: detail.providedToPartiesOn ?? data.date,
      reconsiderable: decisionsAreReconsiderable(sentence) && detail.outcome !== 'open-conditions-recommended',
    },
  };
}

/** Refuses a milestone that cannot happen to this sentence at this point, with the reason. */
export function checkMilestone(
  sentence: RecordedSentence,
  command: MilestoneCommand,
  releaseLaw: ReleaseLawPolicy = DEFAULT_RELEASE_LAW_POLICY,
): void {
  assertId(command.milestoneId, 'milestoneId');
  assertOneOf(command.kind, MILESTONE_KINDS, 'kind');
  assertIsoDate(command.date, 'date');
  assertIsoDate(command.recordedOn, 'recordedOn');
  ensure(
    !sentence.milestoneIds.has(command.milestoneId),
    'milestone-already-recorded',
    `Milestone ${command.milestoneId} is already recorded.`,
  );
  ensure(
    command.date >= sentence.facts.sentenceDate,
    'milestone-before-sentence',
    `A ${label(command.kind)} dated ${command.date} cannot come before the sentence of ${sentence.facts.sentenceDate}.`,
  );
  ensure(
    command.date <= command.recordedOn,
    'milestone-in-future',
    `A ${label(command.kind)} cannot be recorded before it happens (${command.date} is after today, ${command.recordedOn}). Expected dates go in the detail of the stage that set them.`,
  );
  checkSentenceStillRunning(sentence, command);
  checkAppliesToSentenceType(sentence, command);
  checkNotSuspended(sentence, command);
  checkSequence(sentence, command, releaseLaw);
}

/**
 * What may still be recorded while the offender is not serving the sentence here, keyed by every milestone kind so a
 * new kind is decided here: once removed from the UK or transferred abroad, a return here, the end of the licence or
 * sentence, a death; while a suspended sentence is not activated (the offender is in the community), its activation,
 * an appeal, a death, the end of the sentence.
 */
const WHILE_NOT_SERVED_HERE = {
  'parole-eligibility': { removedAbroad: 'refused', suspended: 'refused' },
  'parole-hearing-listed': { removedAbroad: 'refused', suspended: 'refused' },
  'parole-hearing-postponed': { removedAbroad: 'refused', suspended: 'refused' },
  'parole-decision': { removedAbroad: 'refused', suspended: 'refused' },
  reconsideration: { removedAbroad: 'refused', suspended: 'refused' },
  'set-aside': { removedAbroad: 'refused', suspended: 'refused' },
  'high-court-referral': { removedAbroad: 'refused', suspended: 'refused' },
  'open-conditions-eligibility': { removedAbroad: 'refused', suspended: 'refused' },
  'prison-transfer': { removedAbroad: 'refused', suspended: 'refused' },
  recategorisation: { removedAbroad: 'refused', suspended: 'refused' },
  'hospital-direction': { removedAbroad: 'refused', suspended: 'refused' },
  'remitted-to-prison': { removedAbroad: 'refused', suspended: 'refused' },
  'transfer-to-open-conditions': { removedAbroad: 'refused', suspended: 'refused' },
  'return-to-closed-conditions': { removedAbroad: 'refused', suspended: 'refused' },
  'release-on-temporary-licence': { removedAbroad: 'refused', suspended: 'refused' },
  'home-detention-curfew': { removedAbroad: 'refused', suspended: 'refused' },
  'release-on-licence': { removedAbroad: 'refused', suspended: 'refused' },
  'licence-conditions-set': { removedAbroad: 'refused', suspended: 'refused' },
  recall: { removedAbroad: 'refused', suspended: 'refused' },
  'escape-or-abscond': { removedAbroad: 'refused', suspended: 'refused' },
  'return-to-custody': { removedAbroad: 'refused', suspended: 'refused' },
  'licence-end': { removedAbroad: 'may-follow', suspended: 'refused' },
  'sentence-end': { removedAbroad: 'may-follow', suspended: 'may-follow' },
  'release-date-changed': { removedAbroad: 'refused', suspended: 'refused' },
  'hospital-leave': { removedAbroad: 'refused', suspended: 'refused' },
  'hospital-transfer': { removedAbroad: 'refused', suspended: 'refused' },
  'tribunal-hearing-listed': { removedAbroad: 'refused', suspended: 'refused' },
  'tribunal-decision': { removedAbroad: 'refused', suspended: 'refused' },
  'conditional-discharge': { removedAbroad: 'refused', suspended: 'refused' },
  'absolute-discharge': { removedAbroad: 'refused', suspended: 'refused' },
  'discharge-conditions-varied': { removedAbroad: 'refused', suspended: 'refused' },
  'restrictions-lifted': { removedAbroad: 'refused', suspended: 'refused' },
  appeal: { removedAbroad: 'refused', suspended: 'may-follow' },
  death: { removedAbroad: 'may-follow', suspended: 'may-follow' },
  'suspended-sentence-activated': { removedAbroad: 'refused', suspended: 'may-follow' },
  'removal-planned': { removedAbroad: 'refused', suspended: 'refused' },
  deportation: { removedAbroad: 'refused', suspended: 'refused' },
  'transfer-abroad': { removedAbroad: 'refused', suspended: 'refused' },
  'return-after-removal': { removedAbroad: 'may-follow', suspended: 'refused' },
} as const satisfies Record<MilestoneKind, Record<'removedAbroad' | 'suspended', 'may-follow' | 'refused'>>;

function checkSentenceStillRunning(sentence: RecordedSentence, command: MilestoneCommand): void {
  const { ended, removedAbroad } = sentence;
  if (ended?.by === 'death') {
    throw new DomainRuleViolation(
      'offender-deceased',
      `The offender's death was recorded on ${ended.on}; no later stage can be recorded.`,
    );
  }
  if (ended) {
    throw new DomainRuleViolation(
      'sentence-ended',
      `The sentence ended (${label(ended.by)}) on ${ended.on}; no later stage can be recorded.`,
    );
  }
  if (removedAbroad && WHILE_NOT_SERVED_HERE[command.kind].removedAbroad === 'refused') {
    throw new DomainRuleViolation(
      removedAbroad.by === 'deportation' ? 'offender-deported' : 'offender-transferred-abroad',
      `The offender was ${removedAbroad.by === 'deportation' ? 'removed from the United Kingdom' : 'transferred abroad'} on ${removedAbroad.on}; only a return to custody here, the end of the licence or sentence, or a death, can follow.`,
    );
  }
}

/**
 * Which hospital stages also happen to a prisoner detained in hospital under a transfer direction or hospital and
 * limitation directions (Mental Health Act 1983 ss.17, 19, 69–74): leave, moves between hospitals, the tribunal; the
 * discharges are for hospital orders only. Keyed by every hospital stage, so a new one is decided here.
 */
const HOSPITAL_STAGE_FOR = {
  'hospital-leave': 'prisoners-in-hospital-too',
  'hospital-transfer': 'prisoners-in-hospital-too',
  'tribunal-hearing-listed': 'prisoners-in-hospital-too',
  'tribunal-decision': 'prisoners-in-hospital-too',
  'conditional-discharge': 'hospital-orders-only',
  'absolute-discharge': 'hospital-orders-only',
  'discharge-conditions-varied': 'hospital-orders-only',
} as const satisfies Record<HospitalMilestoneKind, 'prisoners-in-hospital-too' | 'hospital-orders-only'>;

function alsoForPrisonersInHospital(kind: MilestoneKind): boolean {
  return (HOSPITAL_STAGE_FOR as Partial<Record<MilestoneKind, string>>)[kind] === 'prisoners-in-hospital-too';
}

function checkNotSuspended(sentence: RecordedSentence, command: MilestoneCommand): void {
  ensure(
    sentence.status !== 'suspended' || WHILE_NOT_SERVED_HERE[command.kind].suspended === 'may-follow',
    'sentence-suspended',
    `The sentence is suspended: the offender is not in custody until the court activates it. Record the activation first (a ${label(command.kind)} cannot happen before).`,
  );
}

function checkAppliesToSentenceType(sentence: RecordedSentence, command: MilestoneCommand): void {
  const appliesTo = MILESTONE_APPLIES_TO[command.kind];
  const hospital = isHospitalOrder(sentence.facts.sentenceType);
  if (appliesTo === 'hospital' && !hospital && sentence.inHospital !== undefined) {
    ensure(
      alsoForPrisonersInHospital(command.kind),
      'hospital-milestone-on-prison-sentence',
      `A ${label(command.kind)} only applies to a hospital order; a prisoner in hospital is remitted to prison or released.`,
    );
    return;
  }
  if (appliesTo === 'hospital' && !hospital) {
    throw new DomainRuleViolation(
      'hospital-milestone-on-prison-sentence',
      `A ${label(command.kind)} only applies to a hospital order, not a ${label(sentence.facts.sentenceType)}.`,
    );
  }
  if (appliesTo === 'custody' && hospital) {
    throw new DomainRuleViolation(
      'prison-milestone-on-hospital-order',
      `A ${label(command.kind)} only applies to a prison sentence, not a ${label(sentence.facts.sentenceType)}.`,
    );
  }
}

function checkSequence(sentence: RecordedSentence, command: MilestoneCommand, releaseLaw: ReleaseLawPolicy): void {
  const milestone: Milestone = command;
  const { facts, status } = sentence;
  const type = facts.sentenceType;
  const date = command.date;
  switch (milestone.kind) {
    case 'parole-eligibility':
      ensure(
        hasParoleBoardRelease(type),
        'no-parole-on-this-sentence',
        `A ${label(type)} has no parole eligibility date: release is automatic.`,
      );
      assertIsoDate(milestone.detail.paroleEligibilityDate, 'detail.paroleEligibilityDate');
      ensure(
        milestone.detail.paroleEligibilityDate >= facts.sentenceDate,
        'parole-eligibility-before-sentence',
        'The parole eligibility date cannot be before the sentence date.',
      );
      return;
    case 'parole-hearing-listed':
      checkParoleApplies(sentence);
      checkInCustody(sentence, milestone.kind);
      assertIsoDate(milestone.detail.hearingDate, 'detail.hearingDate');
      assertOneOf(milestone.detail.hearingType, ['oral', 'paper'], 'detail.hearingType');
      ensure(
        milestone.detail.hearingDate >= date,
        'hearing-before-listing',
        'The hearing date cannot be before the day it was listed.',
      );
      return;
    case 'parole-hearing-postponed':
      checkParoleApplies(sentence);
      checkInCustody(sentence, milestone.kind);
      ensure(
        sentence.paroleHearingOn !== undefined,
        'no-parole-hearing-listed',
        'No parole hearing is listed, so none can be deferred or adjourned; record the listing first.',
      );
      assertOneOf(milestone.detail.postponement, HEARING_POSTPONEMENTS, 'detail.postponement');
      if (milestone.detail.newHearingDate !== undefined) {
        assertIsoDate(milestone.detail.newHearingDate, 'detail.newHearingDate');
        ensure(
          milestone.detail.newHearingDate >= date,
          'hearing-before-listing',
          'The new hearing date cannot be before the day the hearing was put off.',
        );
      }
      return;
    case 'parole-decision':
      checkParoleApplies(sentence);
      checkInCustody(sentence, milestone.kind);
      assertOneOf(milestone.detail.outcome, ['release', 'no-release', 'open-conditions-recommended'], 'detail.outcome');
      if (milestone.detail.providedToPartiesOn !== undefined) {
        assertIsoDate(milestone.detail.providedToPartiesOn, 'detail.providedToPartiesOn');
        ensure(
          milestone.detail.providedToPartiesOn >= date,
          'decision-provided-before-made',
          'A decision cannot be provided to the parties before it was made.',
        );
        ensure(
          milestone.detail.providedToPartiesOn <= command.recordedOn,
          'milestone-in-future',
          `The decision cannot be recorded as provided to the parties on ${milestone.detail.providedToPartiesOn}, after today (${command.recordedOn}).`,
        );
      }
      if (milestone.detail.nextReviewDate !== undefined) {
        ensure(
          milestone.detail.outcome !== 'release',
          'next-review-only-when-release-refused',
          'A next review date only applies when release is refused.',
        );
        assertIsoDate(milestone.detail.nextReviewDate, 'detail.nextReviewDate');
        ensure(
          milestone.detail.nextReviewDate > date,
          'next-review-before-decision',
          'The next review must come after the decision.',
        );
      }
      return;
    case 'reconsideration':
      checkReconsideration(sentence, milestone.detail, date);
      return;
    case 'set-aside':
      checkSetAside(sentence, milestone.detail, date);
      return;
    case 'high-court-referral':
      checkHighCourtReferral(sentence, milestone.detail, date);
      return;
    case 'open-conditions-eligibility':
      checkInCustody(sentence, milestone.kind);
      ensure(!sentence.inOpenConditions, 'already-in-open-conditions', 'The offender is already in open conditions.');
      assertIsoDate(milestone.detail.eligibleFrom, 'detail.eligibleFrom');
      ensure(
        milestone.detail.eligibleFrom >= facts.sentenceDate,
        'open-conditions-eligibility-before-sentence',
        'Eligibility for open conditions cannot be before the sentence date.',
      );
      return;
    case 'prison-transfer':
      checkInCustody(sentence, milestone.kind);
      checkNotAtLarge(sentence, 'moved to another prison');
      checkNotInHospital(sentence, milestone.kind);
      return;
    case 'recategorisation':
      checkInCustody(sentence, milestone.kind);
      checkNotInHospital(sentence, milestone.kind);
      assertOneOf(milestone.detail.category, SECURITY_CATEGORIES, 'detail.category');
      return;
    case 'hospital-direction':
      checkInCustody(sentence, milestone.kind);
      checkNotAtLarge(sentence, 'detained in hospital');
      ensure(
        sentence.inHospital === undefined,
        'already-in-hospital',
        `The prisoner has been in hospital since ${sentence.inHospital?.since}.`,
      );
      assertOneOf(milestone.detail.basis, HOSPITAL_DIRECTION_BASES, 'detail.basis');
      ensure(
        typeof milestone.detail.restricted === 'boolean',
        'invalid-flag',
        'Say whether a restriction (or limitation) direction was given: true or false.',
      );
      if (milestone.detail.basis === 'hospital-and-limitation-direction') {
        ensure(
          milestone.detail.restricted,
          'hybrid-order-is-restricted',
          'Hospital and limitation directions (s.45A) always restrict discharge: restricted is true.',
        );
        ensure(
          date === facts.sentenceDate,
          'hybrid-order-at-sentence',
          `The court gives hospital and limitation directions when it passes the sentence (${facts.sentenceDate}); a later move to hospital is a transfer direction.`,
        );
      }
      return;
    case 'remitted-to-prison':
      ensure(sentence.inHospital !== undefined, 'not-in-hospital', 'The prisoner is not in hospital.');
      checkNotAtLarge(sentence, 'remitted to prison');
      return;
    case 'transfer-to-open-conditions':
      checkInCustody(sentence, milestone.kind);
      checkNotAtLarge(sentence, 'moved to open conditions');
      checkNotInHospital(sentence, milestone.kind);
      ensure(!sentence.inOpenConditions, 'already-in-open-conditions', 'The offender is already in open conditions.');
      return;
    case 'return-to-closed-conditions':
      checkInCustody(sentence, milestone.kind);
      ensure(
        sentence.inOpenConditions,
        'not-in-open-conditions',
        'The offender is not in open conditions, so cannot return to closed conditions.',
      );
      return;
    case 'release-on-temporary-licence':
      checkInCustody(sentence, milestone.kind);
      checkNotInHospital(sentence, milestone.kind);
      if (milestone.detail.returnDate !== undefined) {
        assertIsoDate(milestone.detail.returnDate, 'detail.returnDate');
        ensure(
          milestone.detail.returnDate >= date,
          'return-before-temporary-release',
          'The return date cannot be before the temporary release.',
        );
      }
      return;
    case 'home-detention-curfew':
      checkNotAtLarge(sentence, 'released on home detention curfew');
      ensure(
        allowsHomeDetentionCurfew(type),
        'no-home-detention-curfew-on-this-sentence',
        `Home detention curfew does not apply to a ${label(type)}.`,
      );
      checkNotAlreadyReleased(sentence);
      checkNotBeforeCustodyBegan(sentence, date, 'release on home detention curfew');
      return;
    case 'release-on-licence':
      checkNotAtLarge(sentence, 'released');
      ensure(
        status === 'in-custody' || status === 'on-home-detention-curfew',
        'already-released',
        alreadyReleasedMessage(sentence),
      );
      checkNotBeforeCustodyBegan(sentence, date, 'release');
      if (isIndeterminate(type)) {
        ensure(
          sentence.highCourtReferralOn === undefined,
          'release-referred-to-high-court',
          `The release direction was referred to the High Court on ${sentence.highCourtReferralOn}; the offender is not released on it until the High Court upholds it.`,
        );
        ensure(
          sentence.releaseDirectedOn !== undefined,
          'release-needs-parole-direction',
          `A ${label(type)} prisoner is only released on a Parole Board direction; record the parole decision first.`,
        );
      }
      return;
    case 'licence-conditions-set':
      ensure(
        status !== 'licence-ended',
        'licence-already-ended',
        'The licence has ended; no licence conditions can be set.',
      );
      checkConditions(milestone.detail.conditions, milestone.detail.protectsVictimIds);
      assertIsoDate(milestone.detail.conditionsEndDate, 'detail.conditionsEndDate');
      ensure(
        milestone.detail.conditionsEndDate >= date,
        'conditions-end-before-set',
        'Licence conditions cannot end before the day they were set.',
      );
      return;
    case 'recall':
      if (isHospitalOrder(type)) {
        ensure(
          status === 'conditionally-discharged',
          'not-conditionally-discharged',
          'Only a conditionally discharged patient can be recalled to hospital.',
        );
      } else {
        ensure(
          status === 'on-licence' || status === 'on-home-detention-curfew',
          'recall-when-not-released',
          'The offender has not been released, so cannot be recalled.',
        );
      }
      ensure(
        sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn,
        'recall-before-release',
        `The recall cannot be dated before the release of ${sentence.lastReleasedOn}.`,
      );
      checkRecallDetail(type, milestone.detail ?? {}, date);
      return;
    case 'escape-or-abscond': {
      ensure(
        sentence.atLarge === undefined,
        'already-at-large',
        `The offender has been out of custody since ${sentence.atLarge?.since}; record the return to custody first.`,
      );
      ensure(
        status === 'in-custody' || status === 'detained',
        'not-in-custody',
        `Only an offender in custody or a detained patient can escape or abscond (now: ${label(status)}); a released offender who breaches the licence is recalled.`,
      );
      assertOneOf(milestone.detail.circumstance, ESCAPE_CIRCUMSTANCES, 'detail.circumstance');
      const inHospital = isHospitalOrder(type) || sentence.inHospital !== undefined;
      const allowed = inHospital ? HOSPITAL_ESCAPE_CIRCUMSTANCES : CUSTODY_ESCAPE_CIRCUMSTANCES;
      ensure(
        allowed.includes(milestone.detail.circumstance),
        'escape-circumstance-does-not-fit',
        `A ${label(type)} ${inHospital ? 'patient escapes or is absent without leave' : 'prisoner escapes, absconds or is unlawfully at large'}; "${label(milestone.detail.circumstance)}" does not fit.`,
      );
      return;
    }
    case 'return-to-custody':
      ensure(
        sentence.atLarge !== undefined,
        'not-at-large',
        'The offender is not recorded as out of custody, so cannot be returned to it.',
      );
      ensure(
        date >= sentence.atLarge.since,
        'return-before-escape',
        `The return cannot be dated before the offender went out of custody on ${sentence.atLarge.since}.`,
      );
      return;
    case 'licence-end':
      ensure(
        type !== 'indeterminate-life',
        'life-licence-never-ends',
        'A life licence lasts for life; it has no end date.',
      );
      ensure(
        status === 'on-licence' || status === 'on-home-detention-curfew',
        'licence-end-when-not-on-licence',
        'The offender is not on licence, so the licence cannot end.',
      );
      ensure(
        sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn,
        'licence-end-before-release',
        `The licence cannot end before the release of ${sentence.lastReleasedOn}.`,
      );
      return;
    case 'sentence-end':
      ensure(
        type !== 'indeterminate-life',
        'life-sentence-never-ends',
        'A life sentence does not end; record the death if the offender dies.',
      );
      ensure(
        sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn,
        'sentence-end-before-release',
        `The sentence cannot end before the release of ${sentence.lastReleasedOn}.`,
      );
      return;
    case 'release-date-changed':
      ensure(
        !isIndeterminate(type),
        'no-release-date-on-indeterminate-sentence',
        `A ${label(type)} has no release date to change.`,
      );
      checkInCustody(sentence, milestone.kind);
      assertIsoDate(milestone.detail.expectedReleaseDate, 'detail.expectedReleaseDate');
      assertOneOf(milestone.detail.reason, RELEASE_DATE_CHANGE_REASONS, 'detail.reason');
      checkLawChange(sentence, milestone.detail, date, releaseLaw);
      return;
    case 'hospital-leave':
      ensure(detainedInHospital(sentence), 'patient-not-detained', 'Leave applies to a detained patient only.');
      assertOneOf(milestone.detail.leaveType, ['escorted', 'unescorted', 'overnight'], 'detail.leaveType');
      return;
    case 'hospital-transfer':
      ensure(detainedInHospital(sentence), 'patient-not-detained', 'A transfer applies to a detained patient only.');
      assertOneOf(milestone.detail.security, ['lower', 'same', 'higher'], 'detail.security');
      return;
    case 'tribunal-hearing-listed':
      assertIsoDate(milestone.detail.hearingDate, 'detail.hearingDate');
      ensure(
        milestone.detail.hearingDate >= date,
        'hearing-before-listing',
        'The hearing date cannot be before the day it was listed.',
      );
      return;
    case 'tribunal-decision':
      ensure(
        sentence.tribunalHearingListedOn !== undefined,
        'tribunal-decision-without-hearing',
        'Record the tribunal hearing before its decision.',
      );
      assertOneOf(
        milestone.detail.outcome,
        ['not-discharged', 'conditional-discharge', 'deferred-conditional-discharge', 'absolute-discharge'],
        'detail.outcome',
      );
      ensure(
        isHospitalOrder(type) || milestone.detail.outcome === 'not-discharged',
        'prisoner-in-hospital-not-discharged-by-tribunal',
        'The tribunal does not discharge a prisoner in hospital (Mental Health Act 1983 s.74): record the remission to prison or the release on licence.',
      );
      if (
        milestone.detail.outcome === 'conditional-discharge' ||
        milestone.detail.outcome === 'deferred-conditional-discharge'
      ) {
        checkRestricted(sentence, 'A conditional discharge');
      }
      return;
    case 'conditional-discharge':
      checkRestricted(sentence, 'A conditional discharge');
      ensure(status === 'detained', 'patient-not-detained', 'Only a detained patient can be conditionally discharged.');
      checkConditions(milestone.detail.conditions, milestone.detail.protectsVictimIds);
      checkNotBeforeCustodyBegan(sentence, date, 'conditional discharge');
      return;
    case 'absolute-discharge':
      return;
    case 'discharge-conditions-varied':
      checkRestricted(sentence, 'Conditions of discharge');
      ensure(
        status === 'conditionally-discharged',
        'not-conditionally-discharged',
        'Only a conditionally discharged patient has conditions of discharge to change.',
      );
      checkConditions(milestone.detail.conditions, milestone.detail.protectsVictimIds);
      return;
    case 'restrictions-lifted':
      if (isHospitalOrder(type)) {
        checkRestricted(sentence, 'Lifting restrictions');
        ensure(status === 'detained', 'patient-not-detained', 'Restrictions are lifted for a detained patient.');
      } else {
        ensure(
          sentence.inHospital?.restricted === true,
          'not-restricted',
          'Only a prisoner in hospital under a restriction or limitation direction has restrictions to lift.',
        );
      }
      return;
    case 'appeal':
      assertOneOf(milestone.detail.stage, ['lodged', 'decided'], 'detail.stage');
      if (milestone.detail.stage === 'decided') {
        ensure(
          milestone.detail.outcome !== undefined,
          'appeal-outcome-required',
          'A decided appeal needs its outcome.',
        );
        assertOneOf(
          milestone.detail.outcome,
          ['dismissed', 'sentence-reduced', 'sentence-increased', 'conviction-quashed', 'retrial-ordered'],
          'detail.outcome',
        );
      } else {
        ensure(
          milestone.detail.outcome === undefined,
          'appeal-outcome-before-decision',
          'A lodged appeal has no outcome yet.',
        );
      }
      return;
    case 'suspended-sentence-activated':
      ensure(
        isSuspended(type),
        'not-a-suspended-sentence',
        `Only a suspended sentence can be activated, not a ${label(type)}.`,
      );
      ensure(status === 'suspended', 'already-activated', 'The suspended sentence was already activated.');
      assertOneOf(milestone.detail.activation, ['full', 'part'], 'detail.activation');
      return;
    case 'removal-planned':
      checkRemovalPlanned(sentence, milestone.detail, date);
      return;
    case 'transfer-abroad':
      checkNotAtLarge(sentence, 'transferred abroad');
      ensure(
        status === 'in-custody' || status === 'detained',
        'not-in-custody',
        `A transfer abroad applies to an offender in custody or detained (now: ${label(status)}).`,
      );
      return;
    case 'return-after-removal':
      ensure(
        sentence.removedAbroad !== undefined,
        'not-removed',
        'The offender is not recorded as removed from the United Kingdom or transferred abroad.',
      );
      ensure(
        date >= sentence.removedAbroad.on,
        'return-before-removal',
        `The return cannot be dated before the offender left the United Kingdom on ${sentence.removedAbroad.on}.`,
      );
      return;
    case 'death':
    case 'deportation':
      return;
    default:
      return unreachable(milestone);
  }
}

/**
 * A planned removal: only of an offender in custody (not out of it). The early removal scheme is for fixed-term
 * prisoners (CJA 2003 s.260(1), (2A)); the tariff-expired removal scheme for indeterminate prisoners (Crime (Sentences)
 * Act 1997 s.32A); a deportation order for any. The planned day is not before the day the plan was recorded.
 */
function checkRemovalPlanned(
  sentence: RecordedSentence,
  detail: { route: string; expectedOn?: IsoDate },
  date: IsoDate,
): void {
  checkInCustody(sentence, 'planned removal');
  checkNotAtLarge(sentence, 'removed');
  assertOneOf(detail.route, REMOVAL_ROUTES, 'detail.route');
  const type = sentence.facts.sentenceType;
  ensure(
    detail.route !== 'early-removal-scheme' || !isIndeterminate(type),
    'removal-route-does-not-fit',
    `The early removal scheme is for fixed-term prisoners (CJA 2003 s.260), not a ${label(type)} prisoner; use the tariff-expired removal scheme.`,
  );
  ensure(
    detail.route !== 'tariff-expired-removal-scheme' || isIndeterminate(type),
    'removal-route-does-not-fit',
    `The tariff-expired removal scheme is for indeterminate-sentence prisoners, not a ${label(type)}.`,
  );
  if (detail.expectedOn !== undefined) {
    assertIsoDate(detail.expectedOn, 'detail.expectedOn');
    ensure(
      detail.expectedOn >= date,
      'removal-before-plan',
      'The planned removal cannot be before the day it was planned.',
    );
  }
}

function checkParoleApplies(sentence: RecordedSentence): void {
  const type = sentence.facts.sentenceType;
  ensure(
    hasParoleBoardRelease(type) || sentence.everRecalled,
    'no-parole-on-this-sentence',
    `A ${label(type)} only comes before the Parole Board after a recall; release is otherwise automatic.`,
  );
}

/**
 * CJA 2003 s.255A(2): fixed-term recall is considered for recalled prisoners other than extended sentence (and serious
 * terrorism) prisoners; life and IPP prisoners have no fixed term (recalled under the Crime (Sentences) Act 1997). A
 * re-release date only with a fixed-term recall, not before the recall.
 */
function checkRecallDetail(
  type: SentenceType,
  detail: { recallType?: string; reReleaseDate?: IsoDate },
  date: IsoDate,
): void {
  if (detail.recallType !== undefined) {
    ensure(
      !isHospitalOrder(type),
      'recall-type-on-hospital-order',
      'A recall to hospital has no fixed-term or standard type.',
    );
    assertOneOf(detail.recallType, ['fixed-term', 'standard'], 'detail.recallType');
    ensure(
      detail.recallType !== 'fixed-term' || (!isIndeterminate(type) && type !== 'extended-determinate'),
      'no-fixed-term-recall-on-this-sentence',
      `A ${label(type)} prisoner is not recalled for a fixed term (CJA 2003 s.255A(2)); the recall is standard.`,
    );
  }
  if (detail.reReleaseDate !== undefined) {
    ensure(
      detail.recallType === 'fixed-term',
      're-release-date-only-for-fixed-term-recall',
      'Only a fixed-term recall has a known re-release date.',
    );
    assertIsoDate(detail.reReleaseDate, 'detail.reReleaseDate');
    ensure(
      detail.reReleaseDate >= date,
      're-release-before-recall',
      'The re-release date cannot be before the recall.',
    );
  }
}

function checkNotAtLarge(sentence: RecordedSentence, what: string): void {
  ensure(
    sentence.atLarge === undefined,
    'offender-at-large',
    `The offender has been out of custody since ${sentence.atLarge?.since}: record the return to custody before the offender is ${what}.`,
  );
}

function checkInCustody(sentence: RecordedSentence, kind: string): void {
  ensure(
    sentence.status === 'in-custody',
    'not-in-custody',
    `A ${label(kind)} applies only while the offender is in custody (now: ${label(sentence.status)}).`,
  );
}

function checkNotAlreadyReleased(sentence: RecordedSentence): void {
  ensure(sentence.status === 'in-custody', 'already-released', alreadyReleasedMessage(sentence));
}

function alreadyReleasedMessage(sentence: RecordedSentence): string {
  return `The offender was already released on ${sentence.lastReleasedOn ?? 'an earlier date'} (now: ${label(sentence.status)}); a new release needs a recall in between.`;
}

function checkNotBeforeCustodyBegan(sentence: RecordedSentence, date: IsoDate, what: string): void {
  ensure(
    date >= sentence.custodySince,
    'release-before-recall',
    `The ${what} cannot be dated before custody began again on ${sentence.custodySince}.`,
  );
}

function checkRestricted(sentence: RecordedSentence, what: string): void {
  ensure(
    sentence.facts.sentenceType === 'hospital-order-with-restriction',
    'needs-restriction-order',
    `${what} only applies to a restricted patient; an unrestricted patient is discharged outright.`,
  );
  ensure(
    sentence.restrictionsLifted !== true,
    'needs-restriction-order',
    `${what} only applies to a restricted patient; the restrictions were lifted (Mental Health Act 1983 s.42(1)).`,
  );
}

/** A detained patient, or a prisoner detained in hospital under a transfer or hospital direction. */
function detainedInHospital(sentence: RecordedSentence): boolean {
  return sentence.status === 'detained' || (sentence.status === 'in-custody' && sentence.inHospital !== undefined);
}

function checkNotInHospital(sentence: RecordedSentence, kind: string): void {
  ensure(
    sentence.inHospital === undefined,
    'prisoner-in-hospital',
    `A ${label(kind)} does not apply while the prisoner is detained in hospital (since ${sentence.inHospital?.since}); record the remission to prison first.`,
  );
}

function checkConditions(conditions: readonly string[], protectsVictimIds: readonly string[]): void {
  ensure(Array.isArray(conditions) && conditions.length > 0, 'conditions-required', 'Name at least one condition.');
  conditions.forEach((c, i) => assertOneOf(c, LICENCE_CONDITION_KINDS, `detail.conditions[${i}]`));
  ensure(
    Array.isArray(protectsVictimIds),
    'protected-victims-required',
    'List the victims the conditions protect (may be empty).',
  );
  ensure(
    !hasDuplicates(protectsVictimIds),
    'duplicate-victim',
    'A victim is listed twice among those the conditions protect.',
  );
}

function checkReconsideration(
  sentence: RecordedSentence,
  detail: { stage: string; appliedBy?: string; outcome?: string },
  date: IsoDate,
): void {
  assertOneOf(detail.stage, ['applied', 'decided'], 'detail.stage');
  if (detail.stage === 'decided') {
    ensure(
      sentence.reconsiderationAppliedOn !== undefined,
      'reconsideration-decided-before-applied',
      'Record the application for reconsideration before its outcome.',
    );
    assertOneOf(detail.outcome, ['granted', 'refused'], 'detail.outcome');
    return;
  }
  const decision = sentence.lastParoleDecision;
  ensure(
    decision !== undefined,
    'reconsideration-without-parole-decision',
    'Reconsideration needs a Parole Board decision to reconsider.',
  );
  ensure(
    decisionsAreReconsiderable(sentence),
    'reconsideration-not-available-for-sentence',
    `Parole Board decisions on a ${label(sentence.facts.sentenceType)} cannot be reconsidered (Parole Board Rules 2019 r.28(2): indeterminate, extended, Board-release determinate and serious terrorism sentences only).`,
  );
  ensure(
    decision.outcome !== 'open-conditions-recommended',
    'reconsideration-not-for-open-conditions-advice',
    'Advice on a move to open conditions is a recommendation to the Secretary of State, not a decision the Parole Board Rules let anyone ask to reconsider.',
  );
  assertOneOf(detail.appliedBy, ['prisoner', 'secretary-of-state'], 'detail.appliedBy');
  ensure(
    sentence.reconsiderationAppliedOn === undefined,
    'reconsideration-already-applied',
    'An application for reconsideration of this decision is already recorded.',
  );
  ensure(
    date >= decision.on,
    'reconsideration-before-decision',
    `The application cannot be dated before the decision of ${decision.on}.`,
  );
  const lastDay = reconsiderationLastDay(decision);
  ensure(
    date <= lastDay,
    'reconsideration-out-of-time',
    `An application for reconsideration must be made within ${RECONSIDERATION_WINDOW_CALENDAR_DAYS} days of the decision being provided to the parties on ${decision.providedToPartiesOn} (by ${lastDay}).`,
  );
}

/**
 * r.28A: a final decision to release or not to release can be set aside. Not advice on open conditions (r.25(4)), and not
 * a provisional decision while it can still be reconsidered. The 21-day limit (r.28A(5)(a)) has an alternative in
 * r.28A(5)(b) whose text we could not confirm, so the domain does not refuse a later application (docs/DOMAIN-RULES.md §11).
 */
function checkSetAside(
  sentence: RecordedSentence,
  detail: { stage: string; appliedBy?: string; outcome?: string },
  date: IsoDate,
): void {
  assertOneOf(detail.stage, ['applied', 'decided'], 'detail.stage');
  if (detail.stage === 'decided') {
    ensure(
      sentence.setAsideAppliedOn !== undefined,
      'set-aside-decided-before-applied',
      'Record the application to set the decision aside before its outcome.',
    );
    assertOneOf(detail.outcome, ['set-aside', 'refused'], 'detail.outcome');
    return;
  }
  const decision = sentence.lastParoleDecision;
  ensure(decision !== undefined, 'set-aside-without-parole-decision', 'Setting aside needs a Parole Board decision.');
  ensure(
    decision.outcome !== 'open-conditions-recommended',
    'set-aside-not-for-open-conditions-advice',
    'Only a decision to release or not to release can be set aside (r.28A(1)).',
  );
  assertOneOf(detail.appliedBy, ['prisoner', 'secretary-of-state', 'board-chair'], 'detail.appliedBy');
  ensure(
    sentence.setAsideAppliedOn === undefined,
    'set-aside-already-applied',
    'An application to set this decision aside is already recorded.',
  );
  ensure(
    date >= decision.on,
    'set-aside-before-decision',
    `The application cannot be dated before the decision of ${decision.on}.`,
  );
  const provisional =
    decision.reconsiderable === true &&
    !sentence.reconsiderationRefused &&
    (sentence.reconsiderationAppliedOn !== undefined || date <= reconsiderationLastDay(decision));
  ensure(
    !provisional,
    'set-aside-needs-final-decision',
    `The decision is still provisional (it can be reconsidered until ${reconsiderationLastDay(decision)}); only a final decision can be set aside (r.28A(1)).`,
  );
}

/** VPA 2024 ss.61–62: only a standing release direction, not yet acted on, from 31 December 2025; one referral at a time. */
function checkHighCourtReferral(
  sentence: RecordedSentence,
  detail: { stage: string; outcome?: string },
  date: IsoDate,
): void {
  assertOneOf(detail.stage, ['referred', 'decided'], 'detail.stage');
  if (detail.stage === 'decided') {
    ensure(
      sentence.highCourtReferralOn !== undefined,
      'high-court-decision-without-referral',
      'Record the referral to the High Court before its decision.',
    );
    assertOneOf(detail.outcome, ['release-upheld', 'release-quashed'], 'detail.outcome');
    return;
  }
  ensure(detail.outcome === undefined, 'high-court-outcome-before-decision', 'A referral has no outcome yet.');
  ensure(
    date >= HIGH_COURT_REFERRAL_IN_FORCE_FROM,
    'high-court-referral-not-in-force',
    `Referral of release decisions to the High Court is in force from ${HIGH_COURT_REFERRAL_IN_FORCE_FROM} (Victims and Prisoners Act 2024, SI 2025/1325).`,
  );
  ensure(
    sentence.highCourtReferralOn === undefined,
    'high-court-referral-already-made',
    'This release decision is already referred to the High Court.',
  );
  ensure(
    sentence.lastParoleDecision?.outcome === 'release' && sentence.releaseDirectedOn !== undefined,
    'high-court-referral-needs-release-direction',
    'Only a standing Parole Board direction to release can be referred to the High Court.',
  );
  checkInCustody(sentence, 'referral to the High Court');
  ensure(
    date >= sentence.lastParoleDecision.on,
    'high-court-referral-before-decision',
    `The referral cannot be dated before the decision of ${sentence.lastParoleDecision.on}.`,
  );
}

/**
 * A release date moved by a change in the law names the law (and, when recorded in bulk, the recalculation); no other
 * reason carries either. Where the law's start is confirmed, the change is not dated before it; where the law says which
 * sentences it moves (SDS40: standard determinate sentences only), no other sentence is moved by it (§11).
 */
function checkLawChange(
  sentence: RecordedSentence,
  detail: { reason: string; lawChange?: string; recalculationId?: string },
  date: IsoDate,
  releaseLaw: ReleaseLawPolicy,
): void {
  if (detail.reason !== 'change-in-law') {
    ensure(
      detail.lawChange === undefined && detail.recalculationId === undefined,
      'law-change-only-for-change-in-law',
      'A law change or recalculation is named only when the reason is a change in the law.',
    );
    return;
  }
  ensure(detail.lawChange !== undefined, 'law-change-required', 'Name the change in the law that moved the date.');
  assertOneOf(detail.lawChange, RELEASE_LAW_CHANGES, 'detail.lawChange');
  if (detail.recalculationId !== undefined) assertId(detail.recalculationId, 'detail.recalculationId');
  const inForce = releaseLawChangeInForceFrom(detail.lawChange, releaseLaw);
  ensure(
    inForce === undefined || date >= inForce,
    'law-change-not-in-force',
    `The ${label(detail.lawChange)} change in the law applies from ${inForce}; it cannot have moved a release date on ${date}.`,
  );
  const exclusion = lawChangeExclusion(detail.lawChange, sentence.facts);
  ensure(
    exclusion === undefined,
    'law-change-does-not-apply',
    `The ${label(detail.lawChange)} change in the law does not move this release date: ${exclusion}.`,
  );
}

/** `hospital-order-with-restriction` → "hospital order with restriction". */
export function label(code: string): string {
  return code.replace(/-/g, ' ');
}
