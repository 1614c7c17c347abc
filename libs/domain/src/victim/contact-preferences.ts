import { MilestoneKind } from '../sentence/sentence-milestone';
import { PostalAddress } from './contact-details';

export const CONTACT_CHANNELS = ['letter', 'email', 'phone', 'sms'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const ACCESSIBLE_FORMATS = ['large-print', 'braille', 'easy-read', 'audio'] as const;
export type AccessibleFormat = (typeof ACCESSIBLE_FORMATS)[number];

/** Levels of contact a victim may choose (gov.uk 2022; norfolkmappa.org.uk). */
export const STAGE_CHOICES = ['all-key-stages', 'release-month-only', 'annual-letter', 'chosen-stages'] as const;
export type StageChoice = (typeof STAGE_CHOICES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A window in which the victim must not be phoned, e.g. when someone unsafe is at home. Times are `HH:MM`, local. */
export interface TimeNotToCall {
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
}

export interface StagesToHearAbout {
  readonly choice: StageChoice;
  /** Only with `chosen-stages`. */
  readonly chosenStages?: readonly MilestoneKind[];
}

/** The personal part of the preferences: how to reach and communicate with the victim (or whoever acts for them). */
export interface ContactPreferencesPersonal {
  readonly address?: PostalAddress;
  readonly email?: string;
  readonly phone?: string;
  /** Mobile number for SMS. */
  readonly mobile?: string;
  /** BCP 47 language tag, e.g. "en", "cy", "pl". Personal: it can reveal ethnicity. */
  readonly language: string;
  /** Personal: it can reveal a disability. */
  readonly accessibleFormats: readonly AccessibleFormat[];
  /** Personal: it reveals the victim's routine. */
  readonly timesNotToCall: readonly TimeNotToCall[];
}

/** The non-personal part: enough for a scheduler to decide whether and by which channel to notify. */
export interface ContactPreferencesChoice {
  /** In order of preference; the first is preferred. */
  readonly channels: readonly ContactChannel[];
  readonly stages: StagesToHearAbout;
  /** Domestic-abuse or other safety concern: someone must check it is safe before any letter is sent. */
  readonly safetyCheckBeforeLetters: boolean;
}
