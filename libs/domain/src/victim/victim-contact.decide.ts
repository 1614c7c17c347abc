import { DomainRuleViolation, ensure } from '../shared/domain-rule-violation';
import { assertIsoDate } from '../shared/iso-date';
import { assertId, assertOneOf, assertOptionalText, assertText, omit } from '../shared/text';
import { checkContactPreferences } from './contact-preferences.rules';
import { CHANNEL_REASONS, CONTACT_DIRECTIONS, CONTACT_METHODS, CONTACT_RESULTS, channelOf } from './contact';
import { TEXT_MAX, checkDated } from './victim-checks';
import { cancelUnwantedNotifications } from './victim-notifications.decide';
import { RecordContact, UpdateContactPreferences } from './victim.commands';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

// How the victim wants to be reached, and each contact with them.

/** Newer preferences replace the old; notifications by a channel or stage no longer chosen are cancelled. */
export function updateContactPreferences(command: UpdateContactPreferences, state: KnownVictim): VictimEvent[] {
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

export function recordContact(command: RecordContact, state: KnownVictim): VictimEvent[] {
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
    channelReason,
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
  if (channelReason !== undefined) assertOneOf(channelReason, CHANNEL_REASONS, 'channelReason');
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
  checkChannelReason(command.data, state);
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

/**
 * A contact the VLO started by a channel the victim has not chosen says why (a contact that happened is recorded, never
 * refused for its channel); a reason is given only then, and "other" is described.
 */
function checkChannelReason(contact: RecordContact['data'], state: KnownVictim): void {
  const channel = channelOf(contact.method);
  const unchosen =
    contact.direction === 'outbound' &&
    channel !== undefined &&
    state.preferences !== undefined &&
    !state.preferences.channels.includes(channel);
  const detail = contact.personal.channelReasonDetail;
  if (!unchosen) {
    if (contact.channelReason !== undefined || detail !== undefined)
      throw new DomainRuleViolation(
        'channel-reason-not-needed',
        contact.direction === 'inbound'
          ? 'The victim started this contact: no reason for the channel is needed.'
          : 'The victim has chosen this way of being contacted (or it is a visit or meeting): no reason is needed.',
        undefined,
        'channelReason',
      );
    return;
  }
  if (contact.channelReason === undefined)
    throw new DomainRuleViolation(
      'channel-reason-required',
      `The victim has not chosen to be contacted by ${channel}: say why this contact went that way.`,
      undefined,
      'channelReason',
    );
  assertOptionalText(detail, 'personal.channelReasonDetail', TEXT_MAX);
  if (contact.channelReason === 'other' && detail === undefined)
    throw new DomainRuleViolation(
      'channel-reason-detail-required',
      'Describe the other reason this contact went by a channel the victim has not chosen.',
      undefined,
      'personal.channelReasonDetail',
    );
}
