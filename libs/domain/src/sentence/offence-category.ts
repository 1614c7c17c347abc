/**
 * What the offence was, as far as the schemes care.
 * - specified-violent / specified-sexual: the offence is in Schedule 15 CJA 2003 (DVCV Act 2004 s.45 "specified").
 *   Homicide is specified-violent with `offenceCausedDeath`. A stalking or harassment offence that is itself
 *   specified (e.g. s.4A PHA 1997 with fear of violence) is recorded as specified-violent.
 * - terrorism: counts for the statutory VCS with a hospital order (DOMAIN.md).
 * - stalking, harassment, coercive-control: the VNS offences when not recorded as specified.
 * - domestic-abuse: a domestic-abuse offence that is not specified (discretionary VCS).
 */
export const OFFENCE_CATEGORIES = [
  'specified-violent',
  'specified-sexual',
  'terrorism',
  'stalking',
  'harassment',
  'coercive-control',
  'domestic-abuse',
  'other',
] as const;

export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const VNS_OFFENCE_CATEGORIES: readonly OffenceCategory[] = ['stalking', 'harassment', 'coercive-control'];
