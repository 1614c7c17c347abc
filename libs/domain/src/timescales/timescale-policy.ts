/**
 * The Victims' Code timescales (docs/DOMAIN-RULES.md "Timescales"). Configurable because standards change and migrated
 * cases were made under older ones.
 */
export interface TimescalePolicy {
  /** Victims' Code 2020 Right 11: the Witness Care Unit refers within 10 working days of sentence. */
  readonly referralWorkingDaysFromSentence: number;
  /**
   * VNS sentences: the missed-referral task is raised this many working days after sentence, not after the VCS's
   * 10: the VNS contact target is 15 days from sentence, and a 10-working-day wait used most of it (issue 17). No
   * published source gives a number; 3 is our choice, configurable.
   */
  readonly vnsMissedReferralWorkingDaysFromSentence: number;
  /** Victims' Code 2020 Right 11: the VLO contacts the victim within 20 working days of the referral. */
  readonly initialContactWorkingDaysFromReferral: number;
  /** Older standard for migrated cases: contact within eight weeks (40 working days) of sentence. */
  readonly olderStandardContactWorkingDaysFromSentence: number;
  /** VNS: 15 days from sentence to contact with the victim; counted in calendar days (see docs/DOMAIN-RULES.md). */
  readonly vnsContactDaysFromSentence: number;
  readonly vnsContactDayKind: 'calendar-days' | 'working-days';
}

export const DEFAULT_TIMESCALE_POLICY: TimescalePolicy = {
  referralWorkingDaysFromSentence: 10,
  vnsMissedReferralWorkingDaysFromSentence: 3,
  initialContactWorkingDaysFromReferral: 20,
  olderStandardContactWorkingDaysFromSentence: 40,
  vnsContactDaysFromSentence: 15,
  vnsContactDayKind: 'calendar-days',
};

/** Which standard a case's initial-contact deadline follows. */
export type ContactStandard = 'victims-code-2020' | 'older-standard';
