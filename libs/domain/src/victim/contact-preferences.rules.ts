import { MILESTONE_KINDS } from '../sentence/sentence-milestone';
import { ensure } from '../shared/domain-rule-violation';
import { assertOneOf, hasDuplicates } from '../shared/text';
import { assertEmail, assertPhone, assertPostalAddress } from './contact-details';
import {
  ACCESSIBLE_FORMATS,
  CONTACT_CHANNELS,
  ContactPreferencesChoice,
  ContactPreferencesPersonal,
  STAGE_CHOICES,
  WEEKDAYS,
} from './contact-preferences';

export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const CLOCK_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** What class-validator cannot see: each chosen channel has the detail it needs, and the choices agree. */
export function checkContactPreferences(choice: ContactPreferencesChoice, personal: ContactPreferencesPersonal): void {
  ensure(choice.channels.length > 0, 'channel-required', 'Choose at least one way to contact the victim.');
  choice.channels.forEach((c, i) => assertOneOf(c, CONTACT_CHANNELS, `channels[${i}]`));
  ensure(!hasDuplicates([...choice.channels]), 'duplicate-channel', 'A channel is listed twice.');
  ensure(
    typeof choice.safetyCheckBeforeLetters === 'boolean',
    'safety-flag-required',
    'Say whether letters need a safety check.',
  );

  if (choice.channels.includes('letter')) {
    ensure(personal.address !== undefined, 'letter-needs-address', 'Letter is chosen but there is no postal address.');
  }
  if (choice.channels.includes('email'))
    ensure(personal.email !== undefined, 'email-needs-address', 'Email is chosen but there is no email address.');
  if (choice.channels.includes('phone'))
    ensure(personal.phone !== undefined, 'phone-needs-number', 'Phone is chosen but there is no phone number.');
  if (choice.channels.includes('sms'))
    ensure(personal.mobile !== undefined, 'sms-needs-mobile', 'SMS is chosen but there is no mobile number.');
  if (personal.address !== undefined) assertPostalAddress(personal.address, 'personal.address');
  if (personal.email !== undefined) assertEmail(personal.email, 'personal.email');
  if (personal.phone !== undefined) assertPhone(personal.phone, 'personal.phone');
  if (personal.mobile !== undefined) assertPhone(personal.mobile, 'personal.mobile');

  assertOneOf(choice.stages.choice, STAGE_CHOICES, 'stages.choice');
  if (choice.stages.choice === 'chosen-stages') {
    const chosen = choice.stages.chosenStages ?? [];
    ensure(chosen.length > 0, 'chosen-stages-required', 'Name the stages the victim wants to hear about.');
    chosen.forEach((s, i) => assertOneOf(s, MILESTONE_KINDS, `stages.chosenStages[${i}]`));
    ensure(!hasDuplicates([...chosen]), 'duplicate-stage', 'A stage is listed twice.');
  } else {
    ensure(
      choice.stages.chosenStages === undefined,
      'chosen-stages-without-choice',
      'Chosen stages only apply when the victim chooses stages.',
    );
  }

  ensure(
    LANGUAGE_TAG.test(personal.language ?? ''),
    'invalid-language',
    'The language must be a language tag such as "en", "cy" or "pl".',
  );
  personal.accessibleFormats.forEach((f, i) => assertOneOf(f, ACCESSIBLE_FORMATS, `personal.accessibleFormats[${i}]`));
  ensure(!hasDuplicates([...personal.accessibleFormats]), 'duplicate-format', 'An accessible format is listed twice.');

  personal.timesNotToCall.forEach((window, i) => {
    ensure(window.days.length > 0, 'days-required', `personal.timesNotToCall[${i}] needs at least one day.`);
    window.days.forEach((d, j) => assertOneOf(d, WEEKDAYS, `personal.timesNotToCall[${i}].days[${j}]`));
    ensure(
      CLOCK_TIME.test(window.from) && CLOCK_TIME.test(window.to),
      'invalid-time',
      `personal.timesNotToCall[${i}] times must be HH:MM.`,
    );
    ensure(
      window.from < window.to,
      'time-window-backwards',
      `personal.timesNotToCall[${i}] must start before it ends (split a window that crosses midnight).`,
    );
  });
}
