import { MilestoneKind, RELEASE_MILESTONES } from '../sentence/sentence-milestone';
import { StagesToHearAbout } from './contact-preferences';

/**
 * What every enrolled victim hears, whatever level of contact they chose (issue 17): release and discharge, recall,
 * the offender getting out of custody and going back, and the licence conditions (with their end, for the victims
 * they protect). DVCV Act 2004 s.35(3)(b) and (5): a victim who wished to receive information about licence
 * conditions gets it; the Victims' Code Right 11 lists release, discharge and recall for every VCS victim.
 */
export const STAGES_EVERY_VICTIM_HEARS: readonly MilestoneKind[] = [
  ...RELEASE_MILESTONES,
  'recall',
  'escape-or-abscond',
  'return-to-custody',
  // Issue 17: a removed offender back in the country (and in custody) is news every victim needs, whatever their level.
  'return-after-removal',
  // Issue 17: a suspended sentence activated on breach sends the offender to custody (and release will follow).
  'suspended-sentence-activated',
  'licence-conditions-set',
  // A restricted patient's conditions of discharge changed, and the end of the restrictions: DVCV Act 2004 s.37(4)(c),
  // s.38(3)(b)–(c) (and ss.41, 44 for hospital and transfer directions).
  'discharge-conditions-varied',
  'restrictions-lifted',
];

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
