import { Schemas } from '../data/api-client';

export type LetterStage = NonNullable<Schemas['DraftLetterDto']['stage']>;

/** Each stage a notification or letter is about, in words: a new stage in the API fails to compile until it has them. */
export const LETTER_STAGE_WORDS = {
  'initial-contact': 'First contact',
  'annual-contact': 'Annual contact',
  'parole-eligibility': 'Parole eligibility',
  'parole-eligibility-upcoming': 'Parole eligibility coming up',
  'parole-hearing-listed': 'Parole hearing listed',
  'parole-hearing-upcoming': 'Parole hearing coming up',
  'parole-hearing-postponed': 'Parole hearing deferred or adjourned',
  'parole-decision': 'Parole decision',
  reconsideration: 'Reconsideration of a parole decision',
  'set-aside': 'Parole decision set aside',
  'high-court-referral': 'Release decision referred to the High Court',
  'transfer-to-open-conditions': 'Transfer to open conditions',
  'prison-transfer': 'Move to another prison',
  recategorisation: 'Change of security category',
  'hospital-direction': 'Detained in hospital',
  'remitted-to-prison': 'Return from hospital to prison',
  'open-conditions-eligibility': 'Eligible for open conditions',
  'open-conditions-eligibility-upcoming': 'Eligibility for open conditions coming up',
  'return-to-closed-conditions': 'Return to closed conditions',
  'release-on-temporary-licence': 'Release on temporary licence',
  'home-detention-curfew': 'Home detention curfew',
  'release-month': 'Month of release',
  'release-on-licence': 'Release on licence',
  'release-date-changed': 'Release date changed',
  'licence-conditions-set': 'Licence conditions set',
  'licence-conditions-end-upcoming': 'Licence conditions ending soon',
  'licence-conditions-end': 'Licence conditions ended',
  'request-answered': "Answer to the victim's request",
  recall: 'Recall to prison',
  'escape-or-abscond': 'Escape or absconding',
  'return-to-custody': 'Return to custody',
  'licence-end': 'End of licence',
  'sentence-end': 'End of sentence',
  'hospital-leave': 'Leave from hospital',
  'hospital-transfer': 'Transfer between hospitals',
  'discharge-conditions-varied': 'Conditions of discharge changed',
  'restrictions-lifted': 'Restrictions lifted',
  'tribunal-hearing-listed': 'Tribunal hearing listed',
  'tribunal-hearing-upcoming': 'Tribunal hearing coming up',
  'tribunal-decision': 'Tribunal decision',
  'conditional-discharge': 'Conditional discharge',
  'absolute-discharge': 'Absolute discharge',
  appeal: 'Appeal',
  death: 'Death of the offender',
  'suspended-sentence-activated': 'Suspended sentence activated',
  'removal-planned': 'Removal from the UK planned',
  deportation: 'Deportation',
  'transfer-abroad': 'Transfer abroad',
  'return-after-removal': 'Back in custody after removal',
} satisfies Record<LetterStage, string>;

/** A stage in words ("Parole hearing listed"); a stage the API added since reads as "a key stage", never as its code. */
export function stageInWords(stage: unknown): string {
  return typeof stage === 'string' && Object.hasOwn(LETTER_STAGE_WORDS, stage)
    ? LETTER_STAGE_WORDS[stage as LetterStage]
    : 'A key stage';
}
