import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { IsoDate, addCalendarDays, assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, hasDuplicates } from '../shared/text';
import { LICENCE_CONDITION_KINDS } from './licence-condition';
import { RecordSentenceMilestone } from './sentence.commands';
import { MILESTONE_APPLIES_TO, MILESTONE_KINDS, Milestone } from './sentence-milestone';
import { RecordedSentence } from './sentence.state';
import { allowsHomeDetentionCurfew, hasParoleBoardRelease, isHospitalOrder, isIndeterminate } from './sentence-type';

/** Parole Board Rules 2019 r.28: an application for reconsideration within 21 calendar days of the decision. */
export const RECONSIDERATION_WINDOW_CALENDAR_DAYS = 21;

type MilestoneCommand = RecordSentenceMilestone['data'];

/** Refuses a milestone that cannot happen to this sentence at this point, with the reason. */
export function checkMilestone(sentence: RecordedSentence, command: MilestoneCommand): void {
  assertId(command.milestoneId, 'milestoneId');
  assertOneOf(command.kind, MILESTONE_KINDS, 'kind');
  assertIsoDate(command.date, 'date');
  assertIsoDate(command.recordedOn, 'recordedOn');
  ensure(!sentence.milestoneIds.has(command.milestoneId), 'milestone-already-recorded', `Milestone ${command.milestoneId} is already recorded.`);
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
  checkSequence(sentence, command);
}

function checkSentenceStillRunning(sentence: RecordedSentence, command: MilestoneCommand): void {
  const { ended, deportedOn } = sentence;
  if (ended?.by === 'death') {
    throw new DomainRuleViolation('offender-deceased', `The offender's death was recorded on ${ended.on}; no later stage can be recorded.`);
  }
  if (ended) {
    throw new DomainRuleViolation('sentence-ended', `The sentence ended (${label(ended.by)}) on ${ended.on}; no later stage can be recorded.`);
  }
  if (deportedOn && command.kind !== 'licence-end' && command.kind !== 'sentence-end' && command.kind !== 'death') {
    throw new DomainRuleViolation(
      'offender-deported',
      `The offender was deported on ${deportedOn}; only the end of the licence or sentence, or a death, can follow.`,
    );
  }
}

function checkAppliesToSentenceType(sentence: RecordedSentence, command: MilestoneCommand): void {
  const appliesTo = MILESTONE_APPLIES_TO[command.kind];
  const hospital = isHospitalOrder(sentence.facts.sentenceType);
  if (appliesTo === 'hospital' && !hospital) {
    throw new DomainRuleViolation('hospital-milestone-on-prison-sentence', `A ${label(command.kind)} only applies to a hospital order, not a ${label(sentence.facts.sentenceType)}.`);
  }
  if (appliesTo === 'custody' && hospital) {
    throw new DomainRuleViolation('prison-milestone-on-hospital-order', `A ${label(command.kind)} only applies to a prison sentence, not a ${label(sentence.facts.sentenceType)}.`);
  }
}

function checkSequence(sentence: RecordedSentence, command: MilestoneCommand): void {
  const milestone: Milestone = command;
  const { facts, status } = sentence;
  const type = facts.sentenceType;
  const date = command.date;
  switch (milestone.kind) {
    case 'parole-eligibility':
      ensure(hasParoleBoardRelease(type), 'no-parole-on-this-sentence', `A ${label(type)} has no parole eligibility date: release is automatic.`);
      assertIsoDate(milestone.detail.paroleEligibilityDate, 'detail.paroleEligibilityDate');
      ensure(milestone.detail.paroleEligibilityDate >= facts.sentenceDate, 'parole-eligibility-before-sentence', 'The parole eligibility date cannot be before the sentence date.');
      return;
    case 'parole-hearing-listed':
      checkParoleApplies(sentence);
      checkInCustody(sentence, milestone.kind);
      assertIsoDate(milestone.detail.hearingDate, 'detail.hearingDate');
      assertOneOf(milestone.detail.hearingType, ['oral', 'paper'], 'detail.hearingType');
      ensure(milestone.detail.hearingDate >= date, 'hearing-before-listing', 'The hearing date cannot be before the day it was listed.');
      return;
    case 'parole-decision':
      checkParoleApplies(sentence);
      checkInCustody(sentence, milestone.kind);
      assertOneOf(milestone.detail.outcome, ['release', 'no-release', 'open-conditions-recommended'], 'detail.outcome');
      if (milestone.detail.nextReviewDate !== undefined) {
        ensure(milestone.detail.outcome !== 'release', 'next-review-only-when-release-refused', 'A next review date only applies when release is refused.');
        assertIsoDate(milestone.detail.nextReviewDate, 'detail.nextReviewDate');
        ensure(milestone.detail.nextReviewDate > date, 'next-review-before-decision', 'The next review must come after the decision.');
      }
      return;
    case 'reconsideration':
      checkReconsideration(sentence, milestone.detail, date);
      return;
    case 'transfer-to-open-conditions':
      checkInCustody(sentence, milestone.kind);
      ensure(!sentence.inOpenConditions, 'already-in-open-conditions', 'The offender is already in open conditions.');
      return;
    case 'return-to-closed-conditions':
      checkInCustody(sentence, milestone.kind);
      ensure(sentence.inOpenConditions, 'not-in-open-conditions', 'The offender is not in open conditions, so cannot return to closed conditions.');
      return;
    case 'release-on-temporary-licence':
      checkInCustody(sentence, milestone.kind);
      if (milestone.detail.returnDate !== undefined) {
        assertIsoDate(milestone.detail.returnDate, 'detail.returnDate');
        ensure(milestone.detail.returnDate >= date, 'return-before-temporary-release', 'The return date cannot be before the temporary release.');
      }
      return;
    case 'home-detention-curfew':
      ensure(allowsHomeDetentionCurfew(type), 'no-home-detention-curfew-on-this-sentence', `Home detention curfew does not apply to a ${label(type)}.`);
      checkNotAlreadyReleased(sentence);
      checkNotBeforeCustodyBegan(sentence, date, 'release on home detention curfew');
      return;
    case 'release-on-licence':
      ensure(status === 'in-custody' || status === 'on-home-detention-curfew', 'already-released', alreadyReleasedMessage(sentence));
      checkNotBeforeCustodyBegan(sentence, date, 'release');
      if (isIndeterminate(type)) {
        ensure(
          sentence.releaseDirectedOn !== undefined,
          'release-needs-parole-direction',
          `A ${label(type)} prisoner is only released on a Parole Board direction; record the parole decision first.`,
        );
      }
      return;
    case 'licence-conditions-set':
      ensure(status !== 'licence-ended', 'licence-already-ended', 'The licence has ended; no licence conditions can be set.');
      checkConditions(milestone.detail.conditions, milestone.detail.protectsVictimIds);
      assertIsoDate(milestone.detail.conditionsEndDate, 'detail.conditionsEndDate');
      ensure(milestone.detail.conditionsEndDate >= date, 'conditions-end-before-set', 'Licence conditions cannot end before the day they were set.');
      return;
    case 'recall':
      if (isHospitalOrder(type)) {
        ensure(status === 'conditionally-discharged', 'not-conditionally-discharged', 'Only a conditionally discharged patient can be recalled to hospital.');
      } else {
        ensure(status === 'on-licence' || status === 'on-home-detention-curfew', 'recall-when-not-released', 'The offender has not been released, so cannot be recalled.');
      }
      ensure(sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn, 'recall-before-release', `The recall cannot be dated before the release of ${sentence.lastReleasedOn}.`);
      return;
    case 'licence-end':
      ensure(type !== 'indeterminate-life', 'life-licence-never-ends', 'A life licence lasts for life; it has no end date.');
      ensure(status === 'on-licence' || status === 'on-home-detention-curfew', 'licence-end-when-not-on-licence', 'The offender is not on licence, so the licence cannot end.');
      ensure(sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn, 'licence-end-before-release', `The licence cannot end before the release of ${sentence.lastReleasedOn}.`);
      return;
    case 'sentence-end':
      ensure(type !== 'indeterminate-life', 'life-sentence-never-ends', 'A life sentence does not end; record the death if the offender dies.');
      ensure(sentence.lastReleasedOn === undefined || date >= sentence.lastReleasedOn, 'sentence-end-before-release', `The sentence cannot end before the release of ${sentence.lastReleasedOn}.`);
      return;
    case 'release-date-changed':
      ensure(!isIndeterminate(type), 'no-release-date-on-indeterminate-sentence', `A ${label(type)} has no release date to change.`);
      checkInCustody(sentence, milestone.kind);
      assertIsoDate(milestone.detail.expectedReleaseDate, 'detail.expectedReleaseDate');
      assertOneOf(milestone.detail.reason, ['added-days', 'recalculation', 'remand-time-credited', 'other'], 'detail.reason');
      return;
    case 'hospital-leave':
      ensure(status === 'detained', 'patient-not-detained', 'Leave applies to a detained patient only.');
      assertOneOf(milestone.detail.leaveType, ['escorted', 'unescorted', 'overnight'], 'detail.leaveType');
      return;
    case 'hospital-transfer':
      ensure(status === 'detained', 'patient-not-detained', 'A transfer applies to a detained patient only.');
      assertOneOf(milestone.detail.security, ['lower', 'same', 'higher'], 'detail.security');
      return;
    case 'tribunal-hearing-listed':
      assertIsoDate(milestone.detail.hearingDate, 'detail.hearingDate');
      ensure(milestone.detail.hearingDate >= date, 'hearing-before-listing', 'The hearing date cannot be before the day it was listed.');
      return;
    case 'tribunal-decision':
      ensure(sentence.tribunalHearingListedOn !== undefined, 'tribunal-decision-without-hearing', 'Record the tribunal hearing before its decision.');
      assertOneOf(milestone.detail.outcome, ['not-discharged', 'conditional-discharge', 'deferred-conditional-discharge', 'absolute-discharge'], 'detail.outcome');
      if (milestone.detail.outcome === 'conditional-discharge' || milestone.detail.outcome === 'deferred-conditional-discharge') {
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
    case 'appeal':
      assertOneOf(milestone.detail.stage, ['lodged', 'decided'], 'detail.stage');
      if (milestone.detail.stage === 'decided') {
        ensure(milestone.detail.outcome !== undefined, 'appeal-outcome-required', 'A decided appeal needs its outcome.');
        assertOneOf(milestone.detail.outcome, ['dismissed', 'sentence-reduced', 'sentence-increased', 'conviction-quashed', 'retrial-ordered'], 'detail.outcome');
      } else {
        ensure(milestone.detail.outcome === undefined, 'appeal-outcome-before-decision', 'A lodged appeal has no outcome yet.');
      }
      return;
    case 'death':
    case 'deportation':
      return;
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

function checkInCustody(sentence: RecordedSentence, kind: string): void {
  ensure(sentence.status === 'in-custody', 'not-in-custody', `A ${label(kind)} applies only while the offender is in custody (now: ${label(sentence.status)}).`);
}

function checkNotAlreadyReleased(sentence: RecordedSentence): void {
  ensure(sentence.status === 'in-custody', 'already-released', alreadyReleasedMessage(sentence));
}

function alreadyReleasedMessage(sentence: RecordedSentence): string {
  return `The offender was already released on ${sentence.lastReleasedOn ?? 'an earlier date'} (now: ${label(sentence.status)}); a new release needs a recall in between.`;
}

function checkNotBeforeCustodyBegan(sentence: RecordedSentence, date: IsoDate, what: string): void {
  ensure(date >= sentence.custodySince, 'release-before-recall', `The ${what} cannot be dated before custody began again on ${sentence.custodySince}.`);
}

function checkRestricted(sentence: RecordedSentence, what: string): void {
  ensure(
    sentence.facts.sentenceType === 'hospital-order-with-restriction',
    'needs-restriction-order',
    `${what} only applies to a restricted patient; an unrestricted patient is discharged outright.`,
  );
}

function checkConditions(conditions: readonly string[], protectsVictimIds: readonly string[]): void {
  ensure(Array.isArray(conditions) && conditions.length > 0, 'conditions-required', 'Name at least one condition.');
  conditions.forEach((c, i) => assertOneOf(c, LICENCE_CONDITION_KINDS, `detail.conditions[${i}]`));
  ensure(Array.isArray(protectsVictimIds), 'protected-victims-required', 'List the victims the conditions protect (may be empty).');
  ensure(!hasDuplicates(protectsVictimIds), 'duplicate-victim', 'A victim is listed twice among those the conditions protect.');
}

function checkReconsideration(sentence: RecordedSentence, detail: { stage: string; appliedBy?: string; outcome?: string }, date: IsoDate): void {
  checkParoleApplies(sentence);
  const decidedOn = sentence.lastParoleDecisionOn;
  ensure(decidedOn !== undefined, 'reconsideration-without-parole-decision', 'Reconsideration needs a Parole Board decision to reconsider.');
  assertOneOf(detail.stage, ['applied', 'decided'], 'detail.stage');
  if (detail.stage === 'applied') {
    assertOneOf(detail.appliedBy, ['prisoner', 'secretary-of-state'], 'detail.appliedBy');
    ensure(sentence.reconsiderationAppliedOn === undefined, 'reconsideration-already-applied', 'An application for reconsideration of this decision is already recorded.');
    ensure(date >= decidedOn, 'reconsideration-before-decision', `The application cannot be dated before the decision of ${decidedOn}.`);
    const lastDay = addCalendarDays(decidedOn, RECONSIDERATION_WINDOW_CALENDAR_DAYS);
    ensure(
      date <= lastDay,
      'reconsideration-out-of-time',
      `An application for reconsideration must be made within ${RECONSIDERATION_WINDOW_CALENDAR_DAYS} days of the decision of ${decidedOn} (by ${lastDay}).`,
    );
  } else {
    ensure(sentence.reconsiderationAppliedOn !== undefined, 'reconsideration-decided-before-applied', 'Record the application for reconsideration before its outcome.');
    assertOneOf(detail.outcome, ['granted', 'refused'], 'detail.outcome');
  }
}

/** `hospital-order-with-restriction` → "hospital order with restriction". */
export function label(code: string): string {
  return code.replace(/-/g, ' ');
}
