import { PROBATION_REGION_NAMES } from '@vcs/domain';
import { Schemas } from '../../../data/api-client';
import { FieldOption, FormContext } from '../form-definition';

/** A table of an API code list in words: `satisfies` makes a new code in the API fail to compile until it has its words. */
export const optionsOf = <Code extends string>(table: Record<Code, string>): FieldOption[] =>
  Object.entries<string>(table).map(([value, text]) => ({ value, text }));

export const YES_NO: FieldOption[] = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

type ReferralDto = Schemas['ReceiveReferralDto'];
type SentenceDto = Schemas['RecordSentenceDto'];
type ContactDto = Schemas['RecordContactDto'];
type PreferencesDto = Schemas['UpdateContactPreferencesDto'];

export const SCHEMES = optionsOf({
  'vcs-statutory': 'Victim Contact Scheme (statutory)',
  'vcs-discretionary': 'Victim Contact Scheme (discretionary)',
  vns: 'Victim Notification Scheme',
} satisfies Record<Schemas['EnrolVictimDto']['scheme'], string>);

export const DISCRETIONARY_REASONS = optionsOf({
  'domestic-abuse': 'Domestic abuse',
  'stalking-or-harassment': 'Stalking or harassment',
  'repeat-victimisation': 'Repeat victimisation',
  'vulnerable-victim': 'Vulnerable victim',
  other: 'Another reason',
} satisfies Record<NonNullable<Schemas['EnrolVictimDto']['discretionaryReason']>, string>);

export const REFERRED_FOR = optionsOf({
  vcs: 'Victim Contact Scheme',
  vns: 'Victim Notification Scheme',
} satisfies Record<ReferralDto['referredFor'], string>);

export const REFERRAL_SOURCES = optionsOf({
  'witness-care-unit': 'Witness Care Unit',
  court: 'A court',
  'youth-offending-team': 'Youth offending team',
  police: 'Police',
  'self-referral': 'The victim referred themselves',
  other: 'Somewhere else',
} satisfies Record<ReferralDto['source'], string>);

export const CIRCUMSTANCES = optionsOf({
  'adult-victim': 'An adult victim',
  'child-victim': 'A child victim',
  'deceased-victim': 'A victim who has died',
  'bereaved-relative': 'A bereaved relative',
} satisfies Record<ReferralDto['circumstance'], string>);

export const OFFENCE_CATEGORIES = optionsOf({
  'specified-violent': 'Specified violent offence',
  'specified-sexual': 'Specified sexual offence',
  terrorism: 'Terrorism offence',
  stalking: 'Stalking',
  harassment: 'Harassment',
  'coercive-control': 'Controlling or coercive behaviour',
  'breach-of-protective-order': 'Breach of a protective order',
  'domestic-abuse': 'Domestic abuse',
  other: 'Another offence',
} satisfies Record<SentenceDto['offenceCategory'], string>);

export const SENTENCE_TYPES = optionsOf({
  'determinate-custody': 'Determinate custodial sentence',
  'extended-determinate': 'Extended determinate sentence',
  'offender-of-particular-concern': 'Sentence for offenders of particular concern',
  'indeterminate-life': 'Life sentence',
  ipp: 'Imprisonment for public protection',
  'youth-detention': 'Youth detention',
  'suspended-sentence': 'Suspended sentence order',
  'hospital-order-with-restriction': 'Hospital order with restriction',
  'hospital-order-without-restriction': 'Hospital order without restriction',
} satisfies Record<SentenceDto['sentenceType'], string>);

export const PROBATION_REGIONS = optionsOf(
  PROBATION_REGION_NAMES satisfies Record<SentenceDto['probationRegion'], string>,
);

export const CONTACT_METHODS = optionsOf({
  phone: 'Phone call',
  letter: 'Letter',
  email: 'Email',
  sms: 'Text message',
  'home-visit': 'Home visit',
  meeting: 'Meeting',
} satisfies Record<ContactDto['method'], string>);

export const DIRECTIONS = optionsOf({
  inbound: 'The victim (or the person acting for them): they rang, wrote or came to us',
  outbound: 'I did, or the service did',
} satisfies Record<ContactDto['direction'], string>);

/** "Not needed" leaves the reason out: the API asks for one only when the victim has not chosen the channel. */
export const NO_CHANNEL_REASON = 'not-needed';

export const CHANNEL_REASONS = [
  { value: NO_CHANNEL_REASON, text: 'No reason needed: the victim started it, or chose this way of being contacted' },
  ...optionsOf({
    'victim-asked': 'The victim asked me to contact them this way (for example, to call them back)',
    'urgent-safety': 'An urgent matter of the victim’s safety that could not wait',
    'chosen-channel-failed': 'Their chosen way did not reach them (for example, a letter came back)',
    other: 'Another reason',
  } satisfies Record<NonNullable<ContactDto['channelReason']>, string>),
];

export const CONTACT_RESULTS = optionsOf({
  'contact-made': 'Spoke to the victim',
  'letter-sent': 'Letter sent',
  'email-sent': 'Email sent',
  'sms-sent': 'Text message sent',
  'message-left': 'Left a message',
  'no-answer': 'No answer',
  'returned-undelivered': 'Returned undelivered',
  other: 'Something else',
} satisfies Record<ContactDto['result'], string>);

export const CHANNELS = optionsOf({
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone',
  sms: 'Text message',
} satisfies Record<PreferencesDto['channels'][number], string>);

export const STAGE_CHOICES = optionsOf({
  'all-key-stages': 'Every key stage of the sentence',
  'release-month-only': 'Only the month of release',
  'annual-letter': 'A letter once a year',
  'chosen-stages': 'Only the stages they choose',
} satisfies Record<PreferencesDto['stages']['choice'], string>);

export const ACCESSIBLE_FORMATS = optionsOf({
  'large-print': 'Large print',
  braille: 'Braille',
  'easy-read': 'Easy read',
  audio: 'Audio',
} satisfies Record<NonNullable<PreferencesDto['personal']['accessibleFormats']>[number], string>);

/** The victim's sentences, the one the referral was about first. */
export const caseSentences = (context: FormContext): FieldOption[] =>
  [...(context.victim?.sentences ?? [])]
    .sort((a, b) => Number(b.viaReferral) - Number(a.viaReferral))
    .map((sentence) => ({ value: sentence.sentenceId, text: sentence.reference ?? 'Sentence without a reference' }));

export const referralSentence = (context: FormContext): string => caseSentences(context)[0]?.value ?? '';

/** Today in England and Wales (YYYY-MM-DD), the usual answer to "when" on a record of something just done. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}
