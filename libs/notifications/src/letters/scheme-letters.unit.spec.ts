import { renderLetter, RenderLetterInput } from './render-letter';
import { LetterFacts } from './templates';
import { everyMilestone } from './testing/letter-facts.fixture';
import { renderStage } from '../rendering/stage-messages';

const input = (
  stage: RenderLetterInput['stage'],
  facts: LetterFacts,
  language: RenderLetterInput['language'] = 'en',
): RenderLetterInput => ({
  stage,
  language,
  facts,
  recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS6 2QR' },
  officer: { name: 'Sam Officer' },
});

// Issue 17: the VNS is a separate, non-statutory scheme and needs its own first letter (MoJ VNS process evaluation).
describe('the Victim Notification Scheme first letter', () => {
  it('given a victim referred for the VNS, when the first letter is written, then it offers the VNS, not the Victim Contact Scheme', () => {
    const letter = renderLetter(input('initial-contact', { ...everyMilestone(), scheme: 'vns' }));
    expect(letter.subject).toBe('The Victim Notification Scheme');
    expect(letter.body).toContain('Victim Notification Scheme');
    expect(letter.body).not.toContain('Victim Contact Scheme');
    expect(letter.body).toContain('release may not be far away');
  });

  it('given a victim referred for the VNS who chose Welsh, when the first letter is written, then it is the Welsh VNS letter', () => {
    const letter = renderLetter(input('initial-contact', { ...everyMilestone(), scheme: 'vns' }, 'cy'));
    expect(letter.subject).toBe('Y Cynllun Hysbysu Dioddefwyr');
    expect(letter.body).toContain('Cynllun Hysbysu Dioddefwyr');
    expect(letter.body).not.toContain('Cynllun Cyswllt â Dioddefwyr');
  });

  it('given a VCS referral (or none recorded), when the first letter is written, then it is the Victim Contact Scheme letter', () => {
    expect(renderLetter(input('initial-contact', { ...everyMilestone(), scheme: 'vcs' })).subject).toBe(
      'The Victim Contact Scheme',
    );
    expect(renderLetter(input('initial-contact', everyMilestone())).body).toContain('join the Victim Contact Scheme');
  });

  it('given a VNS referral, when the first email or text is written, then it names the VNS in English and Welsh', () => {
    const en = renderStage('initial-contact', { scheme: 'vns' }, 'Jane', 'en');
    expect(en.subject).toContain('Victim Notification Scheme');
    expect(en.body).not.toContain('victim contact scheme');
    expect(renderStage('initial-contact', { scheme: 'vns' }, 'Jane', 'cy').subject).toContain(
      'Cynllun Hysbysu Dioddefwyr',
    );
  });
});

// Issue 17: the yearly letter states the year's facts (the Victims' Commissioner criticised "no significant developments").
describe('the yearly letter', () => {
  const facts = (history: LetterFacts['history'], yearFrom = '2026-03-01'): LetterFacts => ({
    hospitalOrder: false,
    milestones: {},
    history,
    yearFrom,
  });

  it('given a year with a move to open conditions, a new expected release date and a hearing listed, when written, then it lists them and the dates ahead', () => {
    const { body } = renderLetter(
      input(
        'annual-contact',
        facts([
          { kind: 'parole-eligibility', date: '2025-01-10', detail: { paroleEligibilityDate: '2027-06-01' } },
          { kind: 'transfer-to-open-conditions', date: '2026-05-04', detail: {} },
          {
            kind: 'release-date-changed',
            date: '2026-07-01',
            detail: { expectedReleaseDate: '2027-09-15', reason: 'recalculation' },
          },
          {
            kind: 'parole-hearing-listed',
            date: '2026-11-02',
            detail: { hearingDate: '2027-04-20', hearingType: 'oral' },
          },
        ]),
      ),
    );
    expect(body).toContain('This is what has happened since 1 March 2026:');
    expect(body).toContain('- 4 May 2026: Move to open conditions');
    expect(body).toContain('- 2 November 2026: Parole Board hearing');
    expect(body).not.toContain('10 January 2025');
    expect(body).toContain('is in open conditions');
    expect(body).toContain('expected to be released in September 2027');
    expect(body).toContain('The Parole Board will consider the case on 20 April 2027.');
    expect(body).not.toContain('There has been no change');
  });

  it('given a year with nothing recorded, when written, then it says so plainly and still gives the dates ahead, in English and Welsh', () => {
    const quiet = facts([
      { kind: 'parole-decision', date: '2025-10-01', detail: { outcome: 'no-release', nextReviewDate: '2027-10-01' } },
    ]);
    const en = renderLetter(input('annual-contact', quiet)).body;
    expect(en).toContain('No new stage of the sentence has been recorded since 1 March 2026.');
    expect(en).toContain('The next parole review is due by 1 October 2027.');
    const cy = renderLetter(input('annual-contact', quiet, 'cy')).body;
    expect(cy).toContain("Nid oes cam newydd yn y ddedfryd wedi'i gofnodi ers 1 Mawrth 2026.");
    expect(cy).toContain('Disgwylir yr adolygiad parôl nesaf erbyn 1 Hydref 2027.');
  });
});

// CJA 2003 s.255B (fixed-term recall: automatic re-release); issue 17 asks that the victim is told the re-release date.
describe('the recall letter', () => {
  it('given a fixed-term recall with a re-release date, when written, then it tells the victim the date (English and Welsh)', () => {
    const facts = {
      ...everyMilestone(),
      milestones: {
        ...everyMilestone().milestones,
        recall: { date: '2027-10-01', detail: { recallType: 'fixed-term' as const, reReleaseDate: '2027-10-29' } },
      },
    };
    expect(renderLetter(input('recall', facts)).body).toContain('released again automatically on 29 October 2027');
    expect(renderLetter(input('recall', facts, 'cy')).body).toContain("ryddhau eto'n awtomatig ar 29 Hydref 2027");
    expect(
      renderStage(
        'recall',
        { date: '2027-10-01', detail: { recallType: 'fixed-term', reReleaseDate: '2027-10-29' } },
        'Jane',
      ).body,
    ).toContain('released again automatically on 29 October 2027');
  });
});
