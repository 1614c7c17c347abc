import { LetterCannotBeWritten } from './letter-errors';
import { LETTER_STAGES, letterLanguageFor } from './letter-stage';
import { renderLetter, RenderLetterInput } from './render-letter';
import { LETTER_TEMPLATES } from './templates';
import { everyMilestone } from './testing/letter-facts.fixture';
import { mentionsWhereHeld } from './where-held';

const HOSPITAL_STAGES = [
  'hospital-leave',
  'hospital-transfer',
  'tribunal-hearing-listed',
  'tribunal-hearing-upcoming',
  'tribunal-decision',
  'conditional-discharge',
  'absolute-discharge',
];

const input = (overrides: Partial<RenderLetterInput> = {}): RenderLetterInput => ({
  stage: 'release-on-licence',
  language: 'en',
  facts: everyMilestone(),
  recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue', 'Leeds'], postcode: 'ls6 2qr' },
  officer: { name: 'Sam Officer', phone: '0113 496 0000', email: 'sam.officer@justice.gov.uk' },
  ...overrides,
});

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof LetterCannotBeWritten) return error.rule;
    throw error;
  }
  throw new Error('expected the letter to be refused');
};

describe('letter templates', () => {
  it.each(LETTER_STAGES.map((stage) => [stage]))(
    'writes the %s letter in plain English, addressed and signed, never saying where the offender is held',
    (stage) => {
      const letter = renderLetter(input({ stage, facts: everyMilestone(HOSPITAL_STAGES.includes(stage)) }));
      expect(letter.body.startsWith('Dear Jane Example,\n\n')).toBe(true);
      expect(letter.body).toContain(
        'Yours sincerely,\n\nSam Officer\nVictim Liaison Officer\nProbation Service\nPhone: 0113 496 0000',
      );
      expect(letter.subject.length).toBeGreaterThan(3);
      expect(letter.body).not.toMatch(/undefined|null|NaN|\[object/);
      expect(mentionsWhereHeld(letter.body)).toBeUndefined();
      expect(letter.addressBlock).toBe('Jane Example\n12 Acacia Avenue\nLeeds\nLS6 2QR');
    },
  );

  it('tells the victim the licence conditions that relate to them and the date they end', () => {
    const { body } = renderLetter(input({ stage: 'licence-conditions-set' }));
    expect(body).toContain('not to contact you or your family, directly or indirectly');
    expect(body).toContain('not to enter the exclusion zone');
    expect(body).toContain('These conditions last until 1 June 2029.');
  });

  it('explains the Victim Personal Statement when a parole hearing is listed', () => {
    const { body } = renderLetter(input({ stage: 'parole-hearing-listed' }));
    expect(body).toContain("an oral hearing of the offender's case for 15 March 2027");
    expect(body).toContain('Victim Personal Statement');
    expect(body).toContain('less than 10 minutes to read');
    expect(body).toContain('must not include your address');
  });

  it('gives the right to a decision summary and the next review with a parole decision', () => {
    const { body } = renderLetter(input({ stage: 'parole-decision' }));
    expect(body).toContain('should not be released. The next review is due by 29 March 2028.');
    expect(body).toContain('ask the Parole Board for a summary of its decision');
    // Parole Board Rules 2019 r.28(3): 21 days from the decision being provided to the parties; provisional until then.
    expect(body).toContain('This decision is provisional');
    expect(body).toContain('within 21 days of the decision being sent to them');
  });

  // Parole Board Rules 2019 r.28(2) and the Victims and Prisoners Act 2024 (checked 2026-12-07).
  it('given a release direction that can be reconsidered, when the letter is written, then it says release is not settled: provisional, and a High Court referral may follow', () => {
    const facts = everyMilestone();
    const release = {
      ...facts,
      milestones: {
        ...facts.milestones,
        'parole-decision': {
          date: '2027-03-29',
          detail: { outcome: 'release' as const, providedToPartiesOn: '2027-03-29', reconsiderable: true },
        },
      },
    };
    const { body } = renderLetter(input({ stage: 'parole-decision', facts: release }));
    expect(body).toContain('The release has not happened yet.');
    expect(body).toContain('This decision is provisional');
    expect(body).toContain('referred to the High Court');
  });

  it('given a decision that cannot be reconsidered (r.28(2)), when the letter is written, then it says so and offers no application', () => {
    const facts = everyMilestone();
    const final = {
      ...facts,
      milestones: {
        ...facts.milestones,
        'parole-decision': { date: '2027-03-29', detail: { outcome: 'no-release' as const, reconsiderable: false } },
      },
    };
    const { body } = renderLetter(input({ stage: 'parole-decision', facts: final }));
    expect(body).toContain('This decision cannot be reconsidered under the Parole Board Rules.');
    expect(body).not.toContain('ask the Secretary of State to consider applying');
  });

  it('speaks of the patient and the hospital for a hospital order recall, and of prison otherwise', () => {
    expect(renderLetter(input({ stage: 'recall', facts: everyMilestone(true) })).body).toContain(
      'the patient in your case was recalled to hospital',
    );
    expect(renderLetter(input({ stage: 'recall' })).body).toContain('the offender in your case was recalled to prison');
  });

  it('says a death in custody happened in custody', () => {
    expect(renderLetter(input({ stage: 'death' })).body).toContain('died on 1 January 2028, while in custody');
  });

  it('refuses a letter whose milestone is not recorded, naming what is missing', () => {
    const facts = { hospitalOrder: false, milestones: {} };
    expect(refusal(() => renderLetter(input({ stage: 'licence-conditions-set', facts })))).toBe('letter-facts-missing');
    expect(() => renderLetter(input({ stage: 'parole-hearing-listed', facts }))).toThrow(
      /parole hearing recorded on the sentence/,
    );
    expect(renderLetter(input({ stage: 'initial-contact', facts })).body).toContain('Victim Contact Scheme');
  });

  it('has a Welsh template for every English one, and no more (a missing translation fails here)', () => {
    expect(Object.keys(LETTER_TEMPLATES.cy).sort()).toEqual(Object.keys(LETTER_TEMPLATES.en).sort());
    expect(Object.keys(LETTER_TEMPLATES.en).sort()).toEqual([...LETTER_STAGES].sort());
  });

  it('writes Welsh for any cy language tag and English for everything else', () => {
    expect(['cy', 'cy-GB', 'CY'].map(letterLanguageFor)).toEqual(['cy', 'cy', 'cy']);
    expect(['en', 'pl', undefined, 'cym'].map(letterLanguageFor)).toEqual(['en', 'en', 'en', 'en']);
  });
});

describe('Welsh letters', () => {
  const welsh = (stage: RenderLetterInput['stage']) =>
    renderLetter(
      input({
        stage,
        language: letterLanguageFor('cy-GB'),
        facts: everyMilestone(HOSPITAL_STAGES.includes(stage)),
        recipient: { fullName: 'Siân Llŷr', addressLines: ['1 Ffordd y Bŵa'], postcode: 'LL55 1AA' },
      }),
    );

  it.each(LETTER_STAGES.map((stage) => [stage]))(
    'writes the %s letter in Welsh for a victim who chose Welsh, paragraph for paragraph with the English',
    (stage) => {
      const letter = welsh(stage);
      const english = renderLetter(input({ stage, facts: everyMilestone(HOSPITAL_STAGES.includes(stage)) }));
      expect(letter.language).toBe('cy');
      expect(letter.body.startsWith('Annwyl Siân Llŷr,\n\n')).toBe(true);
      expect(letter.body).toContain(
        'Yn gywir,\n\nSam Officer\nSwyddog Cyswllt Dioddefwyr\nY Gwasanaeth Prawf\nFfôn: 0113 496 0000\nE-bost: sam.officer@justice.gov.uk',
      );
      expect(letter.subject).not.toBe(english.subject);
      expect(letter.body.split('\n\n')).toHaveLength(english.body.split('\n\n').length);
      expect(letter.body).not.toMatch(/undefined|null|NaN|\[object/);
      expect(letter.body).not.toMatch(
        /\b(?:the|and|your|offender|January|February|March|April|June|July|August|September|October|November|December)\b/,
      );
      expect(mentionsWhereHeld(letter.body)).toBeUndefined();
    },
  );

  it('gives dates and the conditions in Welsh', () => {
    const { body } = welsh('licence-conditions-set');
    expect(body).toContain("Mae'r amodau hyn yn para tan 1 Mehefin 2029.");
    expect(body).toContain("peidio â chysylltu â chi na'ch teulu");
    expect(welsh('release-month').body).toMatch(/ym mis \S+ \d{4}/);
    expect(welsh('recall').body).toContain("wedi cael ei alw'n ôl i'r carchar");
  });
});

describe('mentionsWhereHeld', () => {
  it.each([
    ['moved to HMP Leeds'],
    ['at HM Prison Wakefield'],
    ['HMYOI Wetherby'],
    ['at Rampton'],
    ['the Fieldhead Secure Unit'],
    ['i CEF Caerdydd'],
    ['yng Ngharchar EF Abertawe'],
    ['Carchar EF Y Berwyn'],
  ])('finds "%s"', (text) => {
    expect(mentionsWhereHeld(text)).toBeDefined();
  });

  it('leaves ordinary words about prison and hospital alone', () => {
    expect(
      mentionsWhereHeld(
        'was released from prison and recalled to hospital; open conditions are prisons with lower security',
      ),
    ).toBeUndefined();
  });
});
