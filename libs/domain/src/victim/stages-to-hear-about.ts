import { MilestoneKind, RELEASE_MILESTONES } from '../sentence/sentence-milestone';
import { StagesToHearAbout } from './contact-preferences';

/**
 * Whether a victim's choice of contact level covers a stage. "Annual letter" victims hear nothing at each
 * stage: the yearly letter summarises. "Release month only" victims hear about release and discharge.
 */
export function wantsToHearAbout(stages: StagesToHearAbout, milestone: MilestoneKind): boolean {
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
