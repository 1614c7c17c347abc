import { NOTIFICATION_STAGES } from '@vcs/domain';
import { renderStage, STAGES_WITH_TEXT, STAGES_WITH_WELSH_TEXT } from './stage-messages';

const FACTS = {
  date: '2026-11-23',
  detail: {
    hearingDate: '2027-03-15',
    hearingType: 'oral',
    conditionsEndDate: '2029-06-01',
    expectedReleaseDate: '2027-07-15',
    outcome: 'no-release',
    nextReviewDate: '2028-03-29',
  },
};

describe("stage messages in the victim's language", () => {
  it('has a Welsh message for every English one and one for every stage (a missing translation fails here)', () => {
    expect([...STAGES_WITH_WELSH_TEXT].sort()).toEqual([...STAGES_WITH_TEXT].sort());
    expect([...STAGES_WITH_TEXT].sort()).toEqual([...NOTIFICATION_STAGES].sort());
  });

  it.each(NOTIFICATION_STAGES.map((stage) => [stage]))(
    'writes the %s message in Welsh for a victim who chose Welsh',
    (stage) => {
      const english = renderStage(stage, FACTS, 'Siân Llŷr', 'en-GB');
      const welsh = renderStage(stage, FACTS, 'Siân Llŷr', 'cy-GB');
      expect(welsh.language).toBe('cy');
      expect(welsh.body.startsWith('Annwyl Siân Llŷr,\n\n')).toBe(true);
      expect(
        welsh.body.endsWith(
          "cysylltwch â'ch swyddog cyswllt dioddefwyr.\n\nCynllun Cyswllt â Dioddefwyr, y Gwasanaeth Prawf",
        ),
      ).toBe(true);
      expect(welsh.subject).not.toBe(english.subject);
      expect(welsh.body.split('\n\n')).toHaveLength(english.body.split('\n\n').length);
      expect(welsh.body).not.toMatch(/undefined|null|NaN|\[object/);
      expect(welsh.body).not.toMatch(/\b(?:the|and|your|offender|January|March|June|July|November|December)\b/);
    },
  );

  it('gives dates in Welsh', () => {
    expect(renderStage('parole-hearing-listed', FACTS, 'A', 'cy').body).toContain(
      'gwrandawiad llafar o achos y troseddwr ar 15 Mawrth 2027.',
    );
    expect(renderStage('parole-decision', FACTS, 'A', 'cy').body).toContain(
      'Disgwylir yr adolygiad nesaf erbyn 29 Mawrth 2028.',
    );
    expect(renderStage('release-month', FACTS, 'A', 'cy').body).toContain('ym mis Gorffennaf 2027');
  });

  it('writes English for English, another language or no choice, and addresses nobody by name when there is none', () => {
    for (const tag of ['en', 'pl', undefined])
      expect(renderStage('recall', FACTS, 'Jane', tag)).toMatchObject({
        language: 'en',
        subject: 'The offender has been recalled',
      });
    expect(renderStage('recall', FACTS, undefined, 'cy').body.startsWith('Annwyl Syr neu Fadam,')).toBe(true);
  });
});
