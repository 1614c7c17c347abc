import { RELEASE_MILESTONES } from '../sentence/sentence-milestone';
import { STAGE_CHOICES } from './contact-preferences';
import { STAGES_EVERY_VICTIM_HEARS, wantsToHearAbout } from './stages-to-hear-about';

describe('the stages a level of contact covers', () => {
  it('gives every victim every release and discharge, whatever level they chose (Right 11)', () => {
    for (const kind of RELEASE_MILESTONES) {
      expect([kind, STAGES_EVERY_VICTIM_HEARS.includes(kind)]).toEqual([kind, true]);
      for (const choice of STAGE_CHOICES)
        expect([kind, choice, wantsToHearAbout({ choice, chosenStages: [] }, kind)]).toEqual([kind, choice, true]);
    }
  });

  it('leaves a parole decision to the victims whose level covers it', () => {
    expect(wantsToHearAbout({ choice: 'annual-letter' }, 'parole-decision')).toBe(false);
    expect(wantsToHearAbout({ choice: 'release-month-only' }, 'parole-decision')).toBe(false);
    expect(wantsToHearAbout({ choice: 'chosen-stages', chosenStages: ['parole-decision'] }, 'parole-decision')).toBe(
      true,
    );
    expect(wantsToHearAbout({ choice: 'all-key-stages' }, 'parole-decision')).toBe(true);
  });
});
