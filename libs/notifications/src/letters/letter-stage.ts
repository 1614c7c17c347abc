import { NOTIFICATION_STAGES, NotificationStage } from '@vcs/domain';

/** A letter is written for a notification stage: every milestone kind and the service's own notices. */
export type LetterStage = NotificationStage;
export const LETTER_STAGES: readonly LetterStage[] = NOTIFICATION_STAGES;

/** The languages letters are written in: English and Welsh (Welsh Language Act 1993; Welsh language standards). */
export const LETTER_LANGUAGES = ['en', 'cy'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/**
 * The letter's language from the victim's preferred language tag: Welsh for any `cy` tag, English otherwise. Other
 * languages are not written by the service; the VLO arranges translation or an interpreter and the letter is English.
 */
export function letterLanguageFor(languageTag: string | undefined): LetterLanguage {
  return languageTag !== undefined && /^cy(-|$)/i.test(languageTag) ? 'cy' : 'en';
}
