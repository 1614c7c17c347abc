/**
 * Victim-related licence conditions (or conditions of discharge for patients) a victim may ask for
 * (helpforvictims.co.uk Q141; norfolkmappa.org.uk): no contact with the victim or their family, an exclusion
 * zone keeping the offender out of named areas, or something else.
 */
export const LICENCE_CONDITION_KINDS = ['non-contact', 'exclusion-zone', 'other'] as const;

export type LicenceConditionKind = (typeof LICENCE_CONDITION_KINDS)[number];
