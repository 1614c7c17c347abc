import { MILESTONE_KINDS, MilestoneKind, RELEASE_MILESTONES } from '../sentence/sentence-milestone';
import { StagesToHearAbout } from './contact-preferences';

/**
 * What every enrolled victim hears, whatever level of contact they chose (issue 17): release and discharge, recall,
 * the offender getting out of custody and going back, and the licence conditions (with their end, for the victims
 * they protect). DVCV Act 2004 s.35(3)(b) and (5): a victim who wished to receive information about licence
 * conditions gets it; the Victims' Code Right 11 lists release, discharge and recall for every VCS victim. Keyed by
 * every milestone kind, so a new one is decided here: heard at every level, or only by the victims whose choice covers it.
 */
const HEARD_BY = {
  'parole-eligibility': 'as-chosen',
  'parole-hearing-listed': 'as-chosen',
  'parole-hearing-postponed': 'as-chosen',
  'parole-decision': 'as-chosen',
  reconsideration: 'as-chosen',
  'set-aside': 'as-chosen',
  'high-court-referral': 'as-chosen',
  'open-conditions-eligibility': 'as-chosen',
  'prison-transfer': 'as-chosen',
  recategorisation: 'as-chosen',
  'hospital-direction': 'as-chosen',
  'remitted-to-prison': 'as-chosen',
  'transfer-to-open-conditions': 'as-chosen',
  'return-to-closed-conditions': 'as-chosen',
  'release-on-temporary-licence': 'as-chosen',
  // Releases and discharges (RELEASE_MILESTONES): Right 11 lists them for every VCS victim.
  'home-detention-curfew': 'every-level',
  'release-on-licence': 'every-level',
  'licence-conditions-set': 'every-level',
  recall: 'every-level',
  'escape-or-abscond': 'every-level',
  'return-to-custody': 'every-level',
  'licence-end': 'as-chosen',
  'sentence-end': 'as-chosen',
  'release-date-changed': 'as-chosen',
  'hospital-leave': 'as-chosen',
  'hospital-transfer': 'as-chosen',
  'tribunal-hearing-listed': 'as-chosen',
  'tribunal-decision': 'as-chosen',
  'conditional-discharge': 'every-level',
  'absolute-discharge': 'every-level',
  // A restricted patient's conditions of discharge changed, and the end of the restrictions: DVCV Act 2004 s.37(4)(c),
  // s.38(3)(b)–(c) (and ss.41, 44 for hospital and transfer directions).
  'discharge-conditions-varied': 'every-level',
  'restrictions-lifted': 'every-level',
  appeal: 'as-chosen',
  death: 'as-chosen',
  // Issue 17: a suspended sentence activated on breach sends the offender to custody (and release will follow).
  'suspended-sentence-activated': 'every-level',
  'removal-planned': 'as-chosen',
  deportation: 'as-chosen',
  'transfer-abroad': 'as-chosen',
  // Issue 17: a removed offender back in the country (and in custody) is news every victim needs, whatever their level.
  'return-after-removal': 'every-level',
} as const satisfies Record<MilestoneKind, 'every-level' | 'as-chosen'>;

export const STAGES_EVERY_VICTIM_HEARS: readonly MilestoneKind[] = MILESTONE_KINDS.filter(
  (kind) => HEARD_BY[kind] === 'every-level',
);

/**
 * Whether a victim's choice of contact level covers a stage. Every level hears `STAGES_EVERY_VICTIM_HEARS`; on top:
 * all key stages → everything; release month only → release and discharge (already in the minimum) and the release
 * month; annual letter → nothing more (the yearly letter summarises the rest); chosen stages → the chosen list.
 */
export function wantsToHearAbout(stages: StagesToHearAbout, milestone: MilestoneKind): boolean {
  if (STAGES_EVERY_VICTIM_HEARS.includes(milestone)) return true;
  switch (stages.choice) {
    case 'all-key-stages':
      return true;
    case 'release-month-only':
      return RELEASE_MILESTONES.includes(milestone);
    case 'annual-letter':
      return false;
    case 'chosen-stages':
      return (stages.chosenStages ?? []).includes(milestone);
  }
}
