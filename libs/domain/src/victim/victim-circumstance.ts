/**
 * Who the victim record is for (docs/DOMAIN-RULES.md; gov.uk 2022):
 * - adult-victim: the person harmed, 18 or over;
 * - child-victim: under 18; a parent or guardian normally receives the information (helpforvictims Q194);
 * - deceased-victim: the offence caused their death; their next of kin is in the scheme in their place;
 * - bereaved-relative: a relative of a homicide victim, in the scheme in their own right.
 */
export const VICTIM_CIRCUMSTANCES = ['adult-victim', 'child-victim', 'deceased-victim', 'bereaved-relative'] as const;
export type VictimCircumstance = (typeof VICTIM_CIRCUMSTANCES)[number];

/** Who referred the victim: referrals come from Witness Care Units and courts (issue 15), and the others below. */
export const REFERRAL_SOURCES = [
  'witness-care-unit',
  'court',
  'youth-offending-team',
  'police',
  'self-referral',
  'other',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/**
 * Who may act for the victim:
 * - family-member / nominated-representative: anyone the victim chooses;
 * - parent-or-guardian: for a child victim only;
 * - next-of-kin: for a victim who died as a result of the offence only.
 */
export const ACTING_PERSON_ROLES = [
  'family-member',
  'nominated-representative',
  'parent-or-guardian',
  'next-of-kin',
] as const;
export type ActingPersonRole = (typeof ACTING_PERSON_ROLES)[number];
