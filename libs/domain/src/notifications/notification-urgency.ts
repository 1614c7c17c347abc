import { NotificationStage } from './notification-stage';

/**
 * How soon a notice must reach the victim once it is due, when a channel's rate limit makes notices queue:
 * - urgent: the offender is, or may at once be, out in the community, back in custody, or free of a condition that
 *   protected the victim; the victim must not learn it from the news or a chance encounter first;
 * - normal: advance notice of a known date, a decision that changes nothing today, a change of conditions inside;
 * - routine: letters on the service's own account with days of slack (the first letter, the yearly letter).
 * Delivery sends urgent before normal before routine within each channel's limit (docs/notifications.md).
 */
export const URGENCIES = ['urgent', 'normal', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The urgency of every stage. `satisfies` makes a new stage fail to compile until it is given one here.
 * Release and discharge of any kind, temporary release (ROTL, hospital leave), recall, the parole and tribunal
 * decisions (which may release the offender that day), licence conditions set (the victim's protection starts on
 * release), an appeal (a quashed conviction frees the offender the same day) and the offender's death (public the
 * same day) are urgent.
 */
export const STAGE_URGENCY = {
  'parole-eligibility': 'normal',
  'parole-hearing-listed': 'normal',
  // Issue 17: a victim may be preparing to attend, observe or have a statement read on that day.
  'parole-hearing-postponed': 'normal',
  'parole-decision': 'urgent',
  reconsideration: 'normal',
  'set-aside': 'normal',
  // Whether a release direction stands or falls (Victims and Prisoners Act 2024): the release may follow that day.
  'high-court-referral': 'urgent',
  // Issue 17: moves inside the prison estate and to hospital change nothing outside today (never where to).
  'prison-transfer': 'normal',
  recategorisation: 'normal',
  'hospital-direction': 'normal',
  'remitted-to-prison': 'normal',
  'transfer-to-open-conditions': 'normal',
  'return-to-closed-conditions': 'normal',
  'release-on-temporary-licence': 'urgent',
  'home-detention-curfew': 'urgent',
  'release-on-licence': 'urgent',
  'licence-conditions-set': 'urgent',
  recall: 'urgent',
  // Issue 17: the offender is out of custody (the victim may be in danger now), and back in it.
  'escape-or-abscond': 'urgent',
  'return-to-custody': 'urgent',
  'licence-end': 'normal',
  'sentence-end': 'normal',
  'release-date-changed': 'normal',
  'hospital-leave': 'urgent',
  'hospital-transfer': 'normal',
  'tribunal-hearing-listed': 'normal',
  'tribunal-decision': 'urgent',
  'conditional-discharge': 'urgent',
  'absolute-discharge': 'urgent',
  // The conditions that protect a victim in the community changed today.
  'discharge-conditions-varied': 'urgent',
  // Conditional discharge and recall by the Secretary of State end with the restrictions.
  'restrictions-lifted': 'normal',
  appeal: 'urgent',
  death: 'urgent',
  // Issue 17: removal planned or done, and a transfer abroad, change nothing for the victim today; a removed offender
  // back in custody here means they came back into the country, which the victim must hear at once.
  // A suspended sentence activated: the offender goes to custody, news the victim must not learn second-hand.
  'suspended-sentence-activated': 'urgent',
  'removal-planned': 'normal',
  deportation: 'normal',
  'transfer-abroad': 'normal',
  'return-after-removal': 'urgent',
  'initial-contact': 'routine',
  'annual-contact': 'routine',
  'release-month': 'normal',
  'parole-eligibility-upcoming': 'normal',
  'parole-hearing-upcoming': 'normal',
  'tribunal-hearing-upcoming': 'normal',
  'open-conditions-eligibility': 'normal',
  'open-conditions-eligibility-upcoming': 'normal',
  'licence-conditions-end-upcoming': 'normal',
  'licence-conditions-end': 'normal',
  // The answer to the victim's own request: a hearing to observe may be weeks away, but nobody is in the community today.
  'request-answered': 'normal',
} as const satisfies Record<NotificationStage, Urgency>;

export function urgencyOf(stage: NotificationStage): Urgency {
  return STAGE_URGENCY[stage];
}

/** Urgent first: the order delivery honours (lower rank goes first). */
export function urgencyRank(urgency: Urgency): number {
  switch (urgency) {
    case 'urgent':
      return 0;
    case 'normal':
      return 1;
    case 'routine':
      return 2;
    default: {
      const never: never = urgency;
      return never;
    }
  }
}
