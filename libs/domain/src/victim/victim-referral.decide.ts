import { checkOfficerInUnit } from '../access/officer-in-unit';
import { AlreadyExists, ensure } from '../shared/domain-rule-violation';
import { IsoDate, assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, assertOptionalText, assertText, omit } from '../shared/text';
import { assertContactDetails } from './contact-details';
import { ACTING_PERSON_ROLES, REFERRAL_SOURCES, VICTIM_CIRCUMSTANCES } from './victim-circumstance';
import { NAME_MAX, checkBereavement, checkDateOfBirth, checkDated } from './victim-checks';
import { NominateActingPerson, ReceiveReferral, UpdateVictimDetails } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim, VictimState } from './victim.state';

// Who the victim is and who acts for them: the referral that opens the case, nominations, corrections.

/** The first event of a victim's stream: refused if the victim is already referred. */
export function receiveReferral(command: ReceiveReferral, state: VictimState): VictimEvent[] {
  const {
    victimId,
    sentence,
    referredFor,
    source,
    circumstance,
    receivedOn,
    recordedOn,
    victimLiaisonOfficerId,
    personal,
  } = command.data;
  const vloUnit = sentence.probationRegion;
  if (state.exists) throw new AlreadyExists('victim-already-referred', `Victim ${victimId} has already been referred.`);
  assertId(victimId, 'victimId');
  assertId(sentence.sentenceId, 'sentence.sentenceId');
  assertOneOf(referredFor, ['vcs', 'vns'], 'referredFor');
  assertOneOf(source, REFERRAL_SOURCES, 'source');
  assertOneOf(circumstance, VICTIM_CIRCUMSTANCES, 'circumstance');
  assertIsoDate(receivedOn, 'receivedOn');
  assertIsoDate(recordedOn, 'recordedOn');
  if (victimLiaisonOfficerId !== undefined) {
    assertId(victimLiaisonOfficerId, 'victimLiaisonOfficerId');
    checkOfficerInUnit(victimLiaisonOfficerId, command.data.officerUnits ?? [], vloUnit);
  }
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
        ...(victimLiaisonOfficerId !== undefined ? { victimLiaisonOfficerId } : {}),
        personal,
      },
    },
  ];
}

export function nominateActingPerson(command: NominateActingPerson, state: KnownVictim): VictimEvent[] {
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

export function updateVictimDetails(command: UpdateVictimDetails, state: KnownVictim): VictimEvent[] {
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

/** Whole years between two civil dates. */
function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
