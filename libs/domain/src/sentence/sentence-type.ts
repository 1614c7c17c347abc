/**
 * Sentences and orders the schemes can apply to. Community orders are left out on purpose: there is no custody,
 * release or discharge to tell a victim about. Suspended sentences are in (issue 17): the court may activate the
 * custodial term on a breach or a further offence (Sentencing Act 2020 Sch. 16), and the Sentencing Act 2026 presumes
 * suspension for terms of 12 months or less, so many VNS offenders now start with one.
 * - determinate-custody: a fixed term, automatic release (includes sentences of imprisonment under 12 months);
 * - extended-determinate: custodial term + extension; Parole Board release before the end of the custodial term;
 * - offender-of-particular-concern: s.278 Sentencing Code; Parole Board release before the end of the custodial term;
 * - indeterminate-life: mandatory, discretionary or automatic life; detention at His Majesty's pleasure;
 * - ipp: imprisonment (or detention) for public protection;
 * - youth-detention: detention and training order or s.250 long-term detention of a child;
 * - suspended-sentence: a suspended sentence order (Sentencing Act 2020 ss.264, 277, 286): the custodial term (its
 *   length) takes effect only if the court activates it; until then the offender is in the community;
 * - hospital-order-with-restriction / -without-restriction: Mental Health Act 1983 s.37 with or without s.41,
 *   also after "not guilty by reason of insanity" or a finding of disability (docs/DOMAIN-RULES.md).
 */
export const SENTENCE_TYPES = [
  'determinate-custody',
  'extended-determinate',
  'offender-of-particular-concern',
  'indeterminate-life',
  'ipp',
  'youth-detention',
  'suspended-sentence',
  'hospital-order-with-restriction',
  'hospital-order-without-restriction',
] as const;

export type SentenceType = (typeof SENTENCE_TYPES)[number];

const HOSPITAL_ORDERS: readonly SentenceType[] = [
  'hospital-order-with-restriction',
  'hospital-order-without-restriction',
];
const INDETERMINATE: readonly SentenceType[] = ['indeterminate-life', 'ipp'];
const PAROLE_BOARD_RELEASE: readonly SentenceType[] = [
  'indeterminate-life',
  'ipp',
  'extended-determinate',
  'offender-of-particular-concern',
];

export function isHospitalOrder(type: SentenceType): boolean {
  return HOSPITAL_ORDERS.includes(type);
}

export function isCustodial(type: SentenceType): boolean {
  return !isHospitalOrder(type);
}

/** No fixed length: release only on a Parole Board direction. */
export function isIndeterminate(type: SentenceType): boolean {
  return INDETERMINATE.includes(type);
}

/** The Parole Board decides release before the automatic point (or at all, for indeterminate sentences). */
export function hasParoleBoardRelease(type: SentenceType): boolean {
  return PAROLE_BOARD_RELEASE.includes(type);
}

/** A length in months applies to fixed-term custody only; indeterminate sentences and hospital orders have none. */
export function hasLength(type: SentenceType): boolean {
  return isCustodial(type) && !isIndeterminate(type);
}

/** Home detention curfew is for standard determinate sentences only (CJA 2003 s.246 excludes extended and s.278). */
export function allowsHomeDetentionCurfew(type: SentenceType): boolean {
  return type === 'determinate-custody' || type === 'youth-detention' || type === 'suspended-sentence';
}

/** A suspended sentence order: in the community until the court activates the custodial term. */
export function isSuspended(type: SentenceType): boolean {
  return type === 'suspended-sentence';
}
