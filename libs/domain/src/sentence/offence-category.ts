/**
 * What the offence was, as far as the schemes care.
 * - specified-violent / specified-sexual: the offence is in Schedule 15 CJA 2003 (DVCV Act 2004 s.45 "specified").
 *   Homicide is specified-violent with `offenceCausedDeath`. A stalking or harassment offence that is itself
 *   specified (e.g. s.4A PHA 1997 with fear of violence) is recorded as specified-violent.
 * - terrorism: a terrorism offence (DVCV Act 2004 s.35(1)(a) as amended: "a sexual, violent or terrorism
 *   offence"): statutory VCS with a relevant sentence (custody of 12 months or more) or a hospital order.
 * - stalking, harassment, coercive-control: the VNS offences when not recorded as specified.
 * - breach-of-protective-order: breach of a restraining order (Sentencing Code s.363), non-molestation order
 *   (Family Law Act 1996 s.42A), stalking protection order or domestic abuse protection order, when not
 *   recorded as specified; a VNS offence (most VNS cases in the MoJ process evaluation).
 * - domestic-abuse: a domestic-abuse offence that is not specified (discretionary VCS).
 */
export const OFFENCE_CATEGORIES = [
  'specified-violent',
  'specified-sexual',
  'terrorism',
  'stalking',
  'harassment',
  'coercive-control',
  'breach-of-protective-order',
  'domestic-abuse',
  'other',
] as const;

export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export const VNS_OFFENCE_CATEGORIES: readonly OffenceCategory[] = [
  'stalking',
  'harassment',
  'coercive-control',
  'breach-of-protective-order',
];
