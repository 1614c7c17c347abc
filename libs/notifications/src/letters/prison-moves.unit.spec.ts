import { LetterFacts } from './templates';
import { renderLetter } from './render-letter';
import { everyMilestone } from './testing/letter-facts.fixture';
import { mentionsWhereHeld } from './where-held';
import { renderStage } from '../rendering/stage-messages';

/**
 * Issue 17 (prison moves and recategorisation): the victim is told the offender moved, or was given a new security
 * category, and never where (docs/DOMAIN-RULES.md; victimsinformationservice.org.uk "You won't be told where the offender is being
 * held"). The sentence stream has no field for an establishment; this proves that even a detail that somehow carried
 * one (an older client, a hand-written event) never reaches a letter or a message.
 */
const ESTABLISHMENT = 'HMP Wakefield';

function withSmuggledEstablishment(): LetterFacts {
  const facts = everyMilestone();
  const smuggle = <T extends object>(fact: T): T => ({
    ...fact,
    detail: { ...(fact as { detail: object }).detail, establishment: ESTABLISHMENT, prison: ESTABLISHMENT },
  });
  return {
    ...facts,
    milestones: {
      ...facts.milestones,
      'prison-transfer': smuggle(facts.milestones['prison-transfer']!),
      recategorisation: smuggle(facts.milestones.recategorisation!),
      'hospital-direction': smuggle(facts.milestones['hospital-direction']!),
      'remitted-to-prison': smuggle(facts.milestones['remitted-to-prison']!),
    },
  };
}

const STAGES = ['prison-transfer', 'recategorisation', 'hospital-direction', 'remitted-to-prison'] as const;

describe('prison moves and recategorisation: told without saying where', () => {
  it.each(STAGES.flatMap((stage) => [[stage, 'en'] as const, [stage, 'cy'] as const]))(
    'writes the %s letter (%s) without the establishment, and says why',
    (stage, language) => {
      const letter = renderLetter({
        stage,
        language,
        facts: withSmuggledEstablishment(),
        recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS6 2QR' },
        officer: { name: 'Sam Officer', phone: '0113 496 0000', email: 'sam.officer@justice.gov.uk' },
      });
      expect(letter.body).not.toContain('Wakefield');
      expect(mentionsWhereHeld(letter.body)).toBeUndefined();
      expect(letter.body).toMatch(
        language === 'en'
          ? /not able to tell you (where the offender is held|which hospital)/
          : /Nid wyf yn gallu dweud/,
      );
    },
  );

  it.each(STAGES.flatMap((stage) => [[stage, 'en-GB'] as const, [stage, 'cy-GB'] as const]))(
    'writes the %s message (%s) without the establishment',
    (stage, language) => {
      const detail = {
        category: 'category-c',
        basis: 'transfer-direction',
        restricted: true,
        establishment: ESTABLISHMENT,
      };
      const message = renderStage(stage, { date: '2027-04-26', detail }, 'Jane Example', language);
      expect(message.body).not.toContain('Wakefield');
      expect(mentionsWhereHeld(message.body)).toBeUndefined();
    },
  );
});
