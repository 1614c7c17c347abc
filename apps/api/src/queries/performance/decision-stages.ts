import { NotificationStage } from '@vcs/domain';

/**
 * Whether a notice is of a release or parole decision, counted in "told the same working day". Keyed by every
 * notification stage (milestone kinds and the service's own notices), so a new one is decided here, not left out.
 * The decisions come first, in the order the figure lists them.
 */
const DECISION_STAGE = {
  'release-on-licence': 'decision',
  'home-detention-curfew': 'decision',
  'parole-decision': 'decision',
  'high-court-referral': 'decision',
  'tribunal-decision': 'decision',
  'conditional-discharge': 'decision',
  'absolute-discharge': 'decision',
  'parole-eligibility': 'not-a-decision',
  'parole-hearing-listed': 'not-a-decision',
  'parole-hearing-postponed': 'not-a-decision',
  reconsideration: 'not-a-decision',
  'set-aside': 'not-a-decision',
  'open-conditions-eligibility': 'not-a-decision',
  'prison-transfer': 'not-a-decision',
  recategorisation: 'not-a-decision',
  'hospital-direction': 'not-a-decision',
  'remitted-to-prison': 'not-a-decision',
  'transfer-to-open-conditions': 'not-a-decision',
  'return-to-closed-conditions': 'not-a-decision',
  'release-on-temporary-licence': 'not-a-decision',
  'licence-conditions-set': 'not-a-decision',
  recall: 'not-a-decision',
  'escape-or-abscond': 'not-a-decision',
  'return-to-custody': 'not-a-decision',
  'licence-end': 'not-a-decision',
  'sentence-end': 'not-a-decision',
  'release-date-changed': 'not-a-decision',
  'hospital-leave': 'not-a-decision',
  'hospital-transfer': 'not-a-decision',
  'tribunal-hearing-listed': 'not-a-decision',
  'discharge-conditions-varied': 'not-a-decision',
  'restrictions-lifted': 'not-a-decision',
  appeal: 'not-a-decision',
  death: 'not-a-decision',
  'suspended-sentence-activated': 'not-a-decision',
  'removal-planned': 'not-a-decision',
  deportation: 'not-a-decision',
  'transfer-abroad': 'not-a-decision',
  'return-after-removal': 'not-a-decision',
  'initial-contact': 'not-a-decision',
  'annual-contact': 'not-a-decision',
  'release-month': 'not-a-decision',
  'parole-eligibility-upcoming': 'not-a-decision',
  'parole-hearing-upcoming': 'not-a-decision',
  'tribunal-hearing-upcoming': 'not-a-decision',
  'open-conditions-eligibility-upcoming': 'not-a-decision',
  'licence-conditions-end-upcoming': 'not-a-decision',
  'licence-conditions-end': 'not-a-decision',
  'request-answered': 'not-a-decision',
} as const satisfies Record<NotificationStage, 'decision' | 'not-a-decision'>;

/** The release and parole decisions a victim is told of the same working day (all among the policy's same-day stages). */
export const DECISION_STAGES: readonly NotificationStage[] = (
  Object.keys(DECISION_STAGE) as NotificationStage[]
).filter((stage) => DECISION_STAGE[stage] === 'decision');
