import { PROBATION_REGION_NAMES } from '@vcs/domain';

/** The API's codes in plain English; a code not listed reads as its words ("home-visit" → "Home visit"). */
const WORDS: Record<string, string> = {
  'vcs-statutory': 'Victim Contact Scheme (statutory)',
  'vcs-discretionary': 'Victim Contact Scheme (discretionary)',
  vns: 'Victim Notification Scheme',
  vcs: 'Victim Contact Scheme',
  'initial-contact': 'First contact due',
  'vns-contact': 'Notification scheme contact due',
  'follow-up': 'Follow-up due',
  'safety-check': 'Safety check before a letter',
  'missed-referral': 'Missed referral',
  'hand-contact-to-victim': 'Hand contact to the victim at 18',
  'letter-returned': 'Letter returned by a manager',
  'letter-not-sent': 'Approved letter not sent',
  'letter-to-draft': 'Letter to draft',
  'notification-parked': 'Notification held back',
  'witness-care-unit': 'Witness Care Unit',
  'youth-offending-team': 'Youth offending team',
  sms: 'Text message',
  'home-visit': 'Home visit',
  'contact-made': 'Spoke to the victim',
  'message-left': 'Left a message',
  'no-answer': 'No answer',
  'returned-undelivered': 'Returned undelivered',
  mappa: 'MAPPA',
  marac: 'MARAC',
  'victim-personal-statement': 'Victim Personal Statement',
  'victim-impact-statement': 'Victim impact statement (Mental Health Tribunal)',
  ipp: 'Imprisonment for public protection',
  'all-key-stages': 'All key stages',
  // Roles, as the user bar names the signed-in person's (their units are regions, named below).
  VLO: 'Victim liaison officer',
  VLO_MANAGER: 'Victim liaison manager',
  PAROLE_BOARD: 'Parole Board',
  MAPPA_PARTNER: 'MAPPA partner',
  ADMIN: 'Administrator',
};

const REGION_NAMES: Readonly<Record<string, string>> = PROBATION_REGION_NAMES;

export function wordsFor(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  // Units and regions are the probation regions: the domain names all twelve.
  const known = WORDS[value] ?? REGION_NAMES[value];
  if (known) return known;
  const spaced = value.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A list of the API's codes in plain English, joined with commas ("PAROLE_BOARD" → "Parole Board"). */
export function listInWords(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map(wordsFor).filter(Boolean).join(', ');
}
