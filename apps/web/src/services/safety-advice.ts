import { SentenceView, VictimCase } from './victim-case.service';

/**
 * Offences where writing to the victim may tell the offender where they are or what they are doing: domestic abuse,
 * stalking, harassment, controlling or coercive behaviour and breach of a protective order (the categories the API's
 * `offenceCategory` names for them).
 */
const OFFENCES_NEEDING_A_SAFETY_QUESTION: Readonly<Record<string, string>> = {
  'domestic-abuse': 'domestic abuse',
  stalking: 'stalking',
  harassment: 'harassment',
  'coercive-control': 'controlling or coercive behaviour',
  'breach-of-protective-order': 'breach of a protective order',
};

/**
 * The offences of the victim's sentences that make the VLO ask whether it is safe to write, while no safety flag is set
 * (the API only holds letters for a check when the flag is set, and recording the referral does not set it). Empty
 * when the flag is set, the personal data is erased or no offence is one of these; the offences in words.
 */
export function offencesAskingForASafetyFlag(
  victim: Pick<VictimCase, 'safety' | 'personalDataErased'>,
  sentences: readonly Pick<SentenceView, 'offenceCategory'>[],
): string[] {
  if (victim.safety.flag || victim.personalDataErased) return [];
  const offences = sentences.flatMap((sentence) => OFFENCES_NEEDING_A_SAFETY_QUESTION[sentence.offenceCategory] ?? []);
  return [...new Set(offences)];
}
