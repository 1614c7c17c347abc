import { checkOfficerInUnit } from '../access/officer-in-unit';
import { EligibilityPolicy } from '../eligibility/eligibility-policy';
import { DISCRETIONARY_REASONS, SCHEMES } from '../eligibility/scheme';
import { checkEligibility } from '../eligibility/scheme-eligibility';
import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertId, assertOneOf, assertOptionalText, omit } from '../shared/text';
import { TEXT_MAX, checkBereavement, checkDated, checkLinked } from './victim-checks';
import { cancelPendingNotifications, reopenIfClosed } from './victim-retention.decide';
import {
  AssignVictimLiaisonOfficer,
  DeclineScheme,
  EnrolVictim,
  LinkVictimToSentence,
  RejoinScheme,
  WithdrawFromScheme,
} from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

// The victim's place in the scheme: enrolling, declining, withdrawing, rejoining, their sentences and their VLO.

export function enrolVictim(command: EnrolVictim, state: KnownVictim, policy: EligibilityPolicy): VictimEvent[] {
  const { victimId, sentence, scheme, discretionaryReason, enrolledOn, recordedOn, victimLiaisonOfficerId, personal } =
    command.data;
  checkDated(state, enrolledOn, 'enrolledOn', recordedOn);
  ensure(state.participation !== 'enrolled', 'already-enrolled', 'The victim is already in the scheme.');
  ensure(
    state.participation !== 'withdrawn',
    'withdrawn-victim-rejoins',
    'The victim withdrew from the scheme; record them rejoining instead.',
  );
  assertOneOf(scheme, SCHEMES, 'scheme');
  assertId(victimLiaisonOfficerId, 'victimLiaisonOfficerId');
  checkLinked(state, sentence);
  checkBereavement(state.circumstance, sentence);
  if (state.circumstance === 'deceased-victim') {
    ensure(
      state.actingPersons.some((p) => p.role === 'next-of-kin'),
      'deceased-victim-needs-next-of-kin',
      'The victim died as a result of the offence; nominate their next of kin before enrolling.',
    );
  }
  if (discretionaryReason !== undefined) {
    ensure(
      scheme === 'vcs-discretionary',
      'reason-only-for-discretionary',
      'A discretionary reason only applies to the discretionary scheme.',
    );
    assertOneOf(discretionaryReason, DISCRETIONARY_REASONS, 'discretionaryReason');
  }
  if (discretionaryReason === 'other') {
    ensure(
      personal.discretionaryReasonDetail !== undefined,
      'discretionary-reason-detail-required',
      'Say why the discretionary scheme is offered when the reason is "other".',
    );
  }
  assertOptionalText(personal.discretionaryReasonDetail, 'personal.discretionaryReasonDetail', TEXT_MAX);
  const eligibility = checkEligibility(scheme, sentence, discretionaryReason, policy);
  if (!eligibility.eligible)
    throw new DomainRuleViolation(`not-eligible:${eligibility.reason}`, eligibility.explanation);
  return [
    {
      type: 'VictimEnrolled',
      data: {
        victimId,
        sentenceId: sentence.sentenceId,
        scheme,
        basis: eligibility.basis,
        ...(discretionaryReason !== undefined ? { discretionaryReason } : {}),
        enrolledOn,
        victimLiaisonOfficerId,
        personal,
      },
    },
    ...reopenIfClosed(state, enrolledOn, 'victim-enrolled'),
  ];
}

export function declineScheme(command: DeclineScheme, state: KnownVictim): VictimEvent[] {
  const { declinedOn } = command.data;
  checkDated(state, declinedOn, 'declinedOn', command.data.recordedOn);
  ensure(
    state.participation !== 'enrolled',
    'enrolled-victim-withdraws',
    'The victim is in the scheme; record a withdrawal instead.',
  );
  ensure(state.participation === 'referred', 'already-opted-out', `The victim has already ${state.participation}.`);
  assertOptionalText(command.data.personal.reason, 'personal.reason', TEXT_MAX);
  return [
    { type: 'VictimDeclined', data: omit(command.data, 'recordedOn') },
    ...cancelPendingNotifications(state, 'withdrawn', declinedOn),
  ];
}

export function withdrawFromScheme(command: WithdrawFromScheme, state: KnownVictim): VictimEvent[] {
  const { withdrewOn } = command.data;
  checkDated(state, withdrewOn, 'withdrewOn', command.data.recordedOn);
  ensure(state.participation === 'enrolled', 'not-in-scheme', 'Only a victim in the scheme can withdraw from it.');
  ensure(
    withdrewOn >= (state.enrolledOn ?? state.referralReceivedOn),
    'withdrawal-before-enrolment',
    'The withdrawal cannot come before the enrolment.',
  );
  assertOptionalText(command.data.personal.reason, 'personal.reason', TEXT_MAX);
  return [
    { type: 'VictimWithdrew', data: omit(command.data, 'recordedOn') },
    ...cancelPendingNotifications(state, 'withdrawn', withdrewOn),
  ];
}

export function rejoinScheme(command: RejoinScheme, state: KnownVictim): VictimEvent[] {
  const { rejoinedOn, victimLiaisonOfficerId } = command.data;
  checkDated(state, rejoinedOn, 'rejoinedOn', command.data.recordedOn);
  ensure(
    state.participation !== 'declined',
    'declined-victim-enrols',
    'The victim declined before joining; enrol them instead.',
  );
  ensure(
    state.participation === 'withdrawn' && state.scheme !== undefined,
    'not-withdrawn',
    'Only a victim who withdrew can rejoin.',
  );
  ensure(
    rejoinedOn >= (state.optedOutOn ?? rejoinedOn),
    'rejoin-before-withdrawal',
    'Rejoining cannot come before the withdrawal.',
  );
  assertId(victimLiaisonOfficerId, 'victimLiaisonOfficerId');
  return [
    {
      type: 'VictimRejoined',
      data: { victimId: state.victimId, scheme: state.scheme, rejoinedOn, victimLiaisonOfficerId },
    },
    ...reopenIfClosed(state, rejoinedOn, 'victim-rejoined'),
  ];
}

export function linkVictimToSentence(command: LinkVictimToSentence, state: KnownVictim): VictimEvent[] {
  const { sentence, linkedOn } = command.data;
  checkDated(state, linkedOn, 'linkedOn', command.data.recordedOn);
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  ensure(
    !state.linkedSentenceIds.includes(sentence.sentenceId),
    'already-linked',
    'The victim is already linked to this sentence.',
  );
  ensure(
    linkedOn >= sentence.sentenceDate,
    'link-before-sentence',
    'A victim cannot be linked to a sentence before it was passed.',
  );
  return [
    {
      type: 'VictimLinkedToSentence',
      data: { victimId: state.victimId, sentenceId: sentence.sentenceId, linkedOn },
    },
    ...reopenIfClosed(state, linkedOn, 'linked-to-sentence', sentence.sentenceId),
  ];
}

export function assignVictimLiaisonOfficer(command: AssignVictimLiaisonOfficer, state: KnownVictim): VictimEvent[] {
  const { victimId, victimLiaisonOfficerId, assignedOn, officerUnits } = command.data;
  checkDated(state, assignedOn, 'assignedOn', command.data.recordedOn);
  assertId(victimLiaisonOfficerId, 'victimLiaisonOfficerId');
  ensure(
    state.victimLiaisonOfficerId !== victimLiaisonOfficerId,
    'already-assigned',
    'This victim liaison officer is already assigned.',
  );
  checkOfficerInUnit(victimLiaisonOfficerId, officerUnits, state.unit);
  return [{ type: 'VictimLiaisonOfficerAssigned', data: { victimId, victimLiaisonOfficerId, assignedOn } }];
}
