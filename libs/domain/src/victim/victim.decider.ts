import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from '../eligibility/eligibility-policy';
import { DISCRETIONARY_REASONS, SCHEMES } from '../eligibility/scheme';
import { checkEligibility } from '../eligibility/scheme-eligibility';
import { LICENCE_CONDITION_KINDS } from '../sentence/licence-condition';
import { SentenceFacts } from '../sentence/sentence-facts';
import { isCustodial } from '../sentence/sentence-type';
import { Decider } from '../shared/decider';
import { AlreadyExists, DomainRuleViolation, NotFound, ensure } from '../shared/domain-rule-violation';
import { IsoDate, assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, assertOptionalText, assertText, hasDuplicates, omit } from '../shared/text';
import { assertContactDetails } from './contact-details';
import { checkContactPreferences } from './contact-preferences.rules';
import { CONTACT_DIRECTIONS, CONTACT_METHODS, CONTACT_RESULTS, channelOf } from './contact';
import {
  IMPACT_STATEMENTS_TO_TRIBUNAL_FROM,
  STATEMENT_KINDS,
  REPRESENTATION_KINDS,
  REPRESENTATION_RECIPIENTS,
  RepresentationRecipient,
  VPS_PRESENTATIONS,
} from './representation';
import { discloseRepresentation } from './representation-disclosure';
import { ACTING_PERSON_ROLES, REFERRAL_SOURCES, VICTIM_CIRCUMSTANCES } from './victim-circumstance';
import { checkVictimPersonalStatement } from './victim-personal-statement.rules';
import {
  EnrolVictim,
  NominateActingPerson,
  ReceiveReferral,
  RecordContact,
  SubmitRepresentation,
  VictimCommand,
} from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim, VictimState, evolveVictim, initialVictimState } from './victim.state';
import { checkDated } from './victim-checks';
import { DEFAULT_SENDING_POLICY, SendingPolicy } from '../notifications/can-send-now';
import {
  decideRetention,
  erasePersonalData,
  raiseRetentionReview,
  recordCaseClosed,
  cancelPendingNotifications,
  reopenIfClosed,
} from './victim-retention.decide';
import {
  cancelNotification,
  cancelUnwantedNotifications,
  confirmSafetyCheck,
  recordNotificationDeliveryStatus,
  recordNotificationFailed,
  recordNotificationSent,
  scheduleNotification,
} from './victim-notifications.decide';
import { grantCaseAccess, revokeCaseAccess, transferCase } from './victim-access.decide';
import { raiseReofferBeforeRelease } from './victim-reoffer.decide';
import { answerVictimRequest, makeVictimRequest, recordRightExplained } from './victim-requests.decide';
import { approveLetter, draftLetter, editLetter, returnLetter, submitLetterForApproval } from './victim-letters.decide';

export const victimStreamId = (victimId: string): string => `victim-${victimId}`;

const TEXT_MAX = 10_000;
const NAME_MAX = 200;

/**
 * After erasure only these may still be recorded: they add no personal data and contact nobody (cancelling what
 * is pending, and the channel's reports on messages sent before).
 */
const ALLOWED_AFTER_ERASURE: readonly VictimCommand['type'][] = [
  'CancelNotification',
  'RecordNotificationFailed',
  'RecordNotificationDeliveryStatus',
];

/** Builds the victim decider with the region-dependent eligibility policy and the send gate's policy. */
export function createVictimDecider(
  policy: EligibilityPolicy = DEFAULT_ELIGIBILITY_POLICY,
  sendingPolicy: SendingPolicy = DEFAULT_SENDING_POLICY,
): Decider<VictimState, VictimCommand, VictimEvent> {
  const decide = (command: VictimCommand, state: VictimState): VictimEvent[] => {
    if (command.type === 'ReceiveReferral') return receiveReferral(command, state);
    if (!state.exists) throw new NotFound('victim-not-found', `No victim ${command.data.victimId} is recorded.`);
    assertIsoDate(command.data.recordedOn, 'recordedOn');
    if (state.erasure && !ALLOWED_AFTER_ERASURE.includes(command.type)) {
      throw new DomainRuleViolation(
        'victim-erased',
        `The victim's personal data was erased on ${state.erasure.erasedOn}; nothing more is recorded about them and nobody contacts them.`,
      );
    }
    switch (command.type) {
      case 'TransferCase':
        return transferCase(command, state);
      case 'GrantCaseAccess':
        return grantCaseAccess(command, state);
      case 'RevokeCaseAccess':
        return revokeCaseAccess(command, state);
      case 'EnrolVictim':
        return enrolVictim(command, state, policy);
      case 'DeclineScheme': {
        const { declinedOn } = command.data;
        checkDated(state, declinedOn, 'declinedOn', command.data.recordedOn);
        ensure(
          state.participation !== 'enrolled',
          'enrolled-victim-withdraws',
          'The victim is in the scheme; record a withdrawal instead.',
        );
        ensure(
          state.participation === 'referred',
          'already-opted-out',
          `The victim has already ${state.participation}.`,
        );
        assertOptionalText(command.data.personal.reason, 'personal.reason', TEXT_MAX);
        return [
          { type: 'VictimDeclined', data: omit(command.data, 'recordedOn') },
          ...cancelPendingNotifications(state, 'withdrawn', declinedOn),
        ];
      }
      case 'WithdrawFromScheme': {
        const { withdrewOn } = command.data;
        checkDated(state, withdrewOn, 'withdrewOn', command.data.recordedOn);
        ensure(
          state.participation === 'enrolled',
          'not-in-scheme',
          'Only a victim in the scheme can withdraw from it.',
        );
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
      case 'RejoinScheme': {
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
      case 'LinkVictimToSentence': {
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
      case 'NominateActingPerson':
        return nominateActingPerson(command, state);
      case 'UpdateContactPreferences': {
        checkDated(state, command.data.updatedOn, 'updatedOn', command.data.recordedOn);
        ensure(
          state.preferences === undefined || command.data.updatedOn >= state.preferences.updatedOn,
          'preferences-out-of-order',
          `Newer preferences from ${state.preferences?.updatedOn} are already recorded.`,
        );
        const { personal, ...choice } = command.data;
        checkContactPreferences(choice, personal);
        return [
          { type: 'ContactPreferencesUpdated', data: omit(command.data, 'recordedOn') },
          ...cancelUnwantedNotifications(state, choice, command.data.updatedOn),
        ];
      }
      case 'RecordContact':
        return recordContact(command, state);
      case 'SubmitRepresentation':
        return submitRepresentation(command, state);
      case 'DiscloseRepresentation':
        return discloseRepresentation(command, state);
      case 'AssignVictimLiaisonOfficer': {
        const { victimLiaisonOfficerId, assignedOn } = command.data;
        checkDated(state, assignedOn, 'assignedOn', command.data.recordedOn);
        assertId(victimLiaisonOfficerId, 'victimLiaisonOfficerId');
        ensure(
          state.victimLiaisonOfficerId !== victimLiaisonOfficerId,
          'already-assigned',
          'This victim liaison officer is already assigned.',
        );
        return [{ type: 'VictimLiaisonOfficerAssigned', data: omit(command.data, 'recordedOn') }];
      }
      case 'UpdateVictimDetails': {
        const { updatedOn, personal } = command.data;
        checkDated(state, updatedOn, 'updatedOn', command.data.recordedOn);
        ensure(
          personal.fullName !== undefined || personal.dateOfBirth !== undefined,
          'nothing-to-update',
          'Give the corrected name or date of birth.',
        );
        assertOptionalText(personal.fullName, 'personal.fullName', NAME_MAX);
        if (personal.dateOfBirth !== undefined) checkDateOfBirth(personal.dateOfBirth, updatedOn);
        return [{ type: 'VictimDetailsUpdated', data: omit(command.data, 'recordedOn') }];
      }
      case 'RecordCaseClosed':
        return recordCaseClosed(command, state);
      case 'RaiseRetentionReview':
        return raiseRetentionReview(command, state);
      case 'DecideRetention':
        return decideRetention(command, state);
      case 'ErasePersonalData':
        return erasePersonalData(command, state);
      case 'ScheduleNotification':
        return scheduleNotification(command, state);
      case 'CancelNotification':
        return cancelNotification(command, state);
      case 'RecordNotificationSent':
        return recordNotificationSent(command, state, sendingPolicy);
      case 'RecordNotificationFailed':
        return recordNotificationFailed(command, state);
      case 'RecordNotificationDeliveryStatus':
        return recordNotificationDeliveryStatus(command, state);
      case 'ConfirmSafetyCheck':
        return confirmSafetyCheck(command, state);
      case 'RaiseReofferBeforeRelease':
        return raiseReofferBeforeRelease(command, state);
      case 'DraftLetter':
        return draftLetter(command, state);
      case 'EditLetter':
        return editLetter(command, state);
      case 'SubmitLetterForApproval':
        return submitLetterForApproval(command, state);
      case 'ApproveLetter':
        return approveLetter(command, state);
      case 'ReturnLetter':
        return returnLetter(command, state);
      case 'MakeVictimRequest':
        return makeVictimRequest(command, state);
      case 'AnswerVictimRequest':
        return answerVictimRequest(command, state);
      case 'RecordRightExplained':
        return recordRightExplained(command, state);
    }
  };
  return { decide, evolve: evolveVictim, initialState: initialVictimState };
}

export const victimDecider = createVictimDecider();
export const decideVictim = victimDecider.decide;

function receiveReferral(command: ReceiveReferral, state: VictimState): VictimEvent[] {
  const { victimId, sentence, referredFor, source, circumstance, receivedOn, recordedOn, personal } = command.data;
  if (state.exists) throw new AlreadyExists('victim-already-referred', `Victim ${victimId} has already been referred.`);
  assertId(victimId, 'victimId');
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  assertOneOf(referredFor, ['vcs', 'vns'], 'referredFor');
  assertOneOf(source, REFERRAL_SOURCES, 'source');
  assertOneOf(circumstance, VICTIM_CIRCUMSTANCES, 'circumstance');
  assertIsoDate(receivedOn, 'receivedOn');
  assertIsoDate(recordedOn, 'recordedOn');
  ensure(receivedOn <= recordedOn, 'date-in-future', `receivedOn (${receivedOn}) is after today (${recordedOn}).`);
  ensure(
    receivedOn >= sentence.sentenceDate,
    'referral-before-sentence',
    `A referral received on ${receivedOn} cannot come before the sentence of ${sentence.sentenceDate}.`,
  );
  checkBereavement(circumstance, sentence);
  assertText(personal.fullName, 'personal.fullName', NAME_MAX);
  assertContactDetails(personal, 'personal');
  if (personal.dateOfBirth !== undefined) {
    checkDateOfBirth(personal.dateOfBirth, receivedOn);
    const child = ageOn(personal.dateOfBirth, receivedOn) < 18;
    ensure(
      !(circumstance === 'child-victim' && !child),
      'child-victim-is-adult',
      'The victim is recorded as a child but was 18 or over when referred.',
    );
    ensure(
      !(circumstance === 'adult-victim' && child),
      'adult-victim-is-child',
      'The victim was under 18 when referred; record them as a child victim.',
    );
  }
  // The case belongs to the victim liaison unit of the sentence's probation region until a transfer moves it.
  const vloUnit = sentence.probationRegion;
  return [
    {
      type: 'ReferralReceived',
      data: {
        victimId,
        sentenceId: sentence.sentenceId,
        referredFor,
        source,
        circumstance,
        receivedOn,
        vloUnit,
        personal,
      },
    },
  ];
}

function enrolVictim(command: EnrolVictim, state: KnownVictim, policy: EligibilityPolicy): VictimEvent[] {
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

function nominateActingPerson(command: NominateActingPerson, state: KnownVictim): VictimEvent[] {
  const { actingPersonId, role, nominatedOn, recordedOn, receivesCommunications, personal } = command.data;
  checkDated(state, nominatedOn, 'nominatedOn', recordedOn);
  assertId(actingPersonId, 'actingPersonId');
  assertOneOf(role, ACTING_PERSON_ROLES, 'role');
  ensure(
    typeof receivesCommunications === 'boolean',
    'receives-communications-required',
    'Say whether this person receives the letters and calls.',
  );
  ensure(
    !state.actingPersons.some((p) => p.actingPersonId === actingPersonId),
    'acting-person-already-nominated',
    'This person is already nominated.',
  );
  ensure(
    role !== 'parent-or-guardian' || state.circumstance === 'child-victim',
    'parent-or-guardian-only-for-child',
    'A parent or guardian acts only for a child victim.',
  );
  ensure(
    role !== 'next-of-kin' || state.circumstance === 'deceased-victim',
    'next-of-kin-only-for-deceased-victim',
    'Next of kin act only for a victim who died as a result of the offence.',
  );
  assertText(personal.fullName, 'personal.fullName', NAME_MAX);
  assertOptionalText(personal.relationshipToVictim, 'personal.relationshipToVictim', NAME_MAX);
  assertContactDetails(personal, 'personal');
  if (personal.dateOfBirth !== undefined) checkDateOfBirth(personal.dateOfBirth, nominatedOn);
  return [{ type: 'ActingForVictimNominated', data: omit(command.data, 'recordedOn') }];
}

function recordContact(command: RecordContact, state: KnownVictim): VictimEvent[] {
  const {
    contactId,
    method,
    direction,
    result,
    occurredOn,
    recordedOn,
    withActingPersonId,
    followUpOn,
    safetyCheck,
    personal,
  } = command.data;
  checkDated(state, occurredOn, 'occurredOn', recordedOn);
  assertId(contactId, 'contactId');
  assertOneOf(method, CONTACT_METHODS, 'method');
  assertOneOf(direction, CONTACT_DIRECTIONS, 'direction');
  assertOneOf(result, CONTACT_RESULTS, 'result');
  ensure(
    !state.contacts.some((c) => c.contactId === contactId),
    'contact-already-recorded',
    'This contact is already recorded.',
  );
  assertText(personal.summary, 'personal.summary', TEXT_MAX);
  assertOptionalText(personal.outcome, 'personal.outcome', TEXT_MAX);
  if (followUpOn !== undefined) {
    assertIsoDate(followUpOn, 'followUpOn');
    ensure(followUpOn >= occurredOn, 'follow-up-before-contact', 'The follow-up date cannot be before the contact.');
  }
  if (withActingPersonId !== undefined) {
    ensure(
      state.actingPersons.some((p) => p.actingPersonId === withActingPersonId),
      'unknown-acting-person',
      'The contact names a person who is not nominated to act for the victim.',
    );
  }
  if (direction === 'outbound') {
    ensure(
      state.optedOutOn === undefined ||
        occurredOn <= state.optedOutOn ||
        (state.participation === 'declined' && Object.keys(state.reoffers ?? {}).length > 0),
      'victim-opted-out',
      `The victim said no on ${state.optedOutOn}; they are not contacted again unless they come back (or their VLO was asked to consider a re-offer before release).`,
    );
    ensure(
      state.circumstance !== 'deceased-victim' || withActingPersonId !== undefined,
      'deceased-victim-contact-through-next-of-kin',
      'The victim died as a result of the offence; contact is with the person acting for them.',
    );
    const channel = channelOf(method);
    ensure(
      channel === undefined || state.preferences === undefined || state.preferences.channels.includes(channel),
      'channel-not-chosen',
      `The victim has not agreed to be contacted by ${channel}.`,
    );
    if (method === 'letter' && state.preferences?.safetyCheckBeforeLetters) {
      // The check is given with the contact, or was confirmed beforehand (ConfirmSafetyCheck for letters).
      const confirmed = state.safetyChecks.letter;
      const check =
        safetyCheck ??
        (confirmed && confirmed.confirmedOn <= occurredOn
          ? { checkedBy: confirmed.checkedBy, checkedOn: confirmed.confirmedOn }
          : undefined);
      ensure(
        check !== undefined,
        'safety-check-required',
        'This victim has a safety flag: check it is safe before any letter is sent.',
      );
      assertId(check.checkedBy, 'safetyCheck.checkedBy');
      assertIsoDate(check.checkedOn, 'safetyCheck.checkedOn');
      ensure(
        check.checkedOn <= occurredOn,
        'safety-check-after-letter',
        'The safety check must be done before the letter is sent.',
      );
      ensure(
        check.checkedOn >= state.preferences.updatedOn,
        'safety-check-out-of-date',
        `The contact details changed on ${state.preferences.updatedOn}, after the safety check; check again.`,
      );
    }
  }
  return [{ type: 'ContactRecorded', data: omit(command.data, 'recordedOn') }];
}

const RECIPIENTS_BY_KIND: Record<string, (sentence: SentenceFacts) => readonly RepresentationRecipient[]> = {
  'licence-conditions': () => ['parole-board', 'prison', 'probation-practitioner', 'mappa'],
  // Prison: the Parole Board. Restricted patient: the Ministry of Justice's Mental Health Casework Section (HMPPS, 2024).
  'victim-personal-statement': (s) =>
    s.sentenceType === 'hospital-order-with-restriction' ? ['mental-health-casework-section'] : ['parole-board'],
  // DVCV Act 2004 s.37ZA: the First-tier Tribunal (Mental Health) or the Mental Health Review Tribunal for Wales.
  'victim-impact-statement': () => ['mental-health-tribunal'],
  // Restricted patients: the Mental Health Casework Section decides, the Tribunal hears; otherwise the responsible clinician.
  'discharge-conditions': (s) =>
    s.sentenceType === 'hospital-order-with-restriction'
      ? ['mental-health-casework-section', 'mental-health-tribunal', 'mappa']
      : ['responsible-clinician', 'mappa'],
};

function submitRepresentation(command: SubmitRepresentation, state: KnownVictim): VictimEvent[] {
  const {
    representationId,
    sentence,
    kind,
    requestedConditions,
    vpsPresentation,
    sentTo,
    submittedOn,
    recordedOn,
    personal,
  } = command.data;
  checkDated(state, submittedOn, 'submittedOn', recordedOn);
  assertId(representationId, 'representationId');
  assertOneOf(kind, REPRESENTATION_KINDS, 'kind');
  ensure(
    !state.representationIds.has(representationId),
    'representation-already-submitted',
    'This representation is already recorded.',
  );
  ensure(
    state.participation === 'enrolled',
    'victim-not-in-scheme',
    'Representations are made through the scheme; the victim is not in it.',
  );
  checkLinked(state, sentence);
  ensure(
    submittedOn >= sentence.sentenceDate,
    'representation-before-sentence',
    'A representation cannot come before the sentence.',
  );

  const custodial = isCustodial(sentence.sentenceType);
  const restrictedPatient = sentence.sentenceType === 'hospital-order-with-restriction';
  if (kind === 'discharge-conditions')
    ensure(
      !custodial,
      'discharge-conditions-need-hospital-order',
      'Conditions of discharge apply to hospital orders; ask for licence conditions instead.',
    );
  else if (kind === 'victim-impact-statement') {
    ensure(
      restrictedPatient,
      'needs-restriction-order',
      'A victim impact statement goes to the Mental Health Tribunal about a restricted patient (DVCV Act 2004 s.37ZA); for a prison sentence make a Victim Personal Statement.',
    );
    ensure(
      submittedOn >= IMPACT_STATEMENTS_TO_TRIBUNAL_FROM,
      'request-not-available-yet',
      `Victim impact statements to the tribunal can be made from ${IMPACT_STATEMENTS_TO_TRIBUNAL_FROM} (Victims and Prisoners Act 2024 s.21).`,
    );
  } else if (kind === 'victim-personal-statement' && !custodial)
    ensure(
      restrictedPatient,
      'needs-restriction-order',
      "A statement for the Ministry of Justice's discharge decisions is for a restricted patient's victims only.",
    );
  else
    ensure(
      custodial,
      'licence-conditions-need-prison-sentence',
      'A hospital-order patient has conditions of discharge, not a licence or parole.',
    );

  ensure(sentTo.length > 0, 'recipient-required', 'Say to whom the representation was sent.');
  sentTo.forEach((r, i) => assertOneOf(r, REPRESENTATION_RECIPIENTS, `sentTo[${i}]`));
  ensure(!hasDuplicates([...sentTo]), 'duplicate-recipient', 'A recipient is listed twice.');
  const allowed = RECIPIENTS_BY_KIND[kind](sentence);
  const wrong = sentTo.filter((r) => !allowed.includes(r));
  ensure(
    wrong.length === 0,
    'wrong-decision-maker',
    `A ${kind.replace(/-/g, ' ')} goes to ${allowed.join(' or ')}, not ${wrong.join(', ')}.`,
  );

  const conditionIds = requestedConditions.map((c) => c.conditionId);
  conditionIds.forEach((id, i) => assertId(id, `requestedConditions[${i}].conditionId`));
  ensure(!hasDuplicates(conditionIds), 'duplicate-condition', 'A condition id is used twice.');
  requestedConditions.forEach((c, i) => assertOneOf(c.kind, LICENCE_CONDITION_KINDS, `requestedConditions[${i}].kind`));
  const descriptions = personal.conditionDescriptions ?? {};
  for (const [conditionId, description] of Object.entries(descriptions)) {
    ensure(
      conditionIds.includes(conditionId),
      'description-for-unknown-condition',
      'A description is given for a condition that is not requested.',
    );
    assertText(description, `personal.conditionDescriptions.${conditionId}`, TEXT_MAX);
  }

  if (STATEMENT_KINDS.includes(kind)) {
    // The Ministry of Justice decides on the papers: no hearing, so the statement is written only.
    ensure(
      custodial || kind === 'victim-impact-statement' || vpsPresentation === 'written-only',
      'presentation-needs-hearing',
      "A statement for the Ministry of Justice's discharge decision is read, not presented at a hearing: written-only.",
    );
    ensure(
      requestedConditions.length === 0,
      'vps-carries-no-conditions',
      'Licence-condition requests are a separate representation from the Victim Personal Statement.',
    );
    ensure(
      personal.statementText !== undefined,
      'vps-text-required',
      'The Victim Personal Statement is always in writing; give its text.',
    );
    assertText(personal.statementText, 'personal.statementText', 100_000);
    assertOneOf(vpsPresentation, VPS_PRESENTATIONS, 'vpsPresentation');
    checkVictimPersonalStatement(personal.statementText);
  } else {
    ensure(requestedConditions.length > 0, 'conditions-required', 'Name at least one condition the victim asks for.');
    ensure(
      personal.statementText === undefined,
      'statement-only-in-vps',
      'Statement text belongs in a Victim Personal Statement.',
    );
    ensure(
      vpsPresentation === undefined,
      'presentation-only-for-vps',
      'How a statement is presented only applies to a Victim Personal Statement.',
    );
    for (const condition of requestedConditions) {
      if (condition.kind === 'exclusion-zone' || condition.kind === 'other') {
        ensure(
          descriptions[condition.conditionId] !== undefined,
          condition.kind === 'exclusion-zone'
            ? 'exclusion-zone-needs-description'
            : 'other-condition-needs-description',
          condition.kind === 'exclusion-zone'
            ? 'Describe the area the exclusion zone should cover.'
            : 'Describe the condition asked for.',
        );
      }
    }
  }
  return [
    {
      type: 'RepresentationSubmitted',
      data: {
        victimId: state.victimId,
        representationId,
        sentenceId: sentence.sentenceId,
        kind,
        requestedConditions,
        ...(vpsPresentation !== undefined ? { vpsPresentation } : {}),
        sentTo,
        submittedOn,
        personal,
      },
    },
  ];
}

function checkLinked(state: KnownVictim, sentence: SentenceFacts): void {
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  ensure(
    state.linkedSentenceIds.includes(sentence.sentenceId),
    'sentence-not-linked',
    'The victim is not linked to this sentence.',
  );
}

function checkBereavement(circumstance: string, sentence: SentenceFacts): void {
  if (circumstance === 'deceased-victim' || circumstance === 'bereaved-relative') {
    ensure(
      sentence.offenceCausedDeath === true,
      'bereavement-needs-offence-causing-death',
      "Bereaved relatives and next of kin are in the scheme only where the offence caused the victim's death.",
    );
  }
}

function checkDateOfBirth(dateOfBirth: IsoDate, onOrBefore: IsoDate): void {
  assertIsoDate(dateOfBirth, 'personal.dateOfBirth');
  ensure(dateOfBirth <= onOrBefore, 'date-of-birth-in-future', 'The date of birth cannot be in the future.');
}

/** Whole years between two civil dates. */
function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
