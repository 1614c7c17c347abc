import { REQUEST_REFUSAL_REASONS, VICTIM_REQUEST_KINDS, VICTIM_REQUEST_OUTCOMES } from '@vcs/domain';
import { LetterCannotBeWritten } from '../letters/letter-errors';
import { renderLetter } from '../letters/render-letter';
import { everyMilestone } from '../letters/testing/letter-facts.fixture';
import { mentionsWhereHeld } from '../letters/where-held';
import { requestAnswerInHistory, requestAnswerStageFacts, RequestAnswerFact } from './request-answer-words';
import { renderStage } from './stage-messages';

const summaryRefused: RequestAnswerFact = {
  kind: 'parole-decision-summary',
  outcome: 'refused',
  reason: 'offender-under-18',
  madeOn: '2027-04-02',
  answeredOn: '2027-04-16',
};
const message = (answer: RequestAnswerFact, language = 'en') =>
  renderStage('request-answered', requestAnswerStageFacts(answer), 'Jane Example', language);

describe("the answer to a victim's request, in English and Welsh", () => {
  it('says what was asked, when, the answer and the reason for a refusal', () => {
    const { subject, body } = message(summaryRefused);
    expect(subject).toBe('An answer to your request');
    expect(body).toContain("On 2 April 2027 you asked for a summary of the Parole Board's decision.");
    expect(body).toContain(
      'Your request was refused on 16 April 2027. The Parole Board can decide not to give a summary of a decision about someone who was under 18. We can explain',
    );
  });

  it('writes Welsh for a victim who chose Welsh', () => {
    const { subject, body, language } = message(summaryRefused, 'cy-GB');
    expect([subject, language]).toEqual(["Ateb i'ch cais", 'cy']);
    expect(body).toContain('Ar 2 Ebrill 2027, gwnaethoch ofyn am grynodeb o benderfyniad y Bwrdd Parôl.');
    expect(body).toContain('Cafodd eich cais ei wrthod ar 16 Ebrill 2027.');
  });

  const every = VICTIM_REQUEST_KINDS.flatMap((kind) =>
    VICTIM_REQUEST_OUTCOMES.flatMap((outcome) =>
      (outcome === 'refused' ? REQUEST_REFUSAL_REASONS : [undefined]).map((reason) => ({ kind, outcome, reason })),
    ),
  );
  it.each(every.map((a) => [a.kind, a.outcome, a.reason ?? 'no reason', a] as const))(
    'words %s %s (%s) in both languages, paragraph for paragraph, never saying where anyone is held',
    (_kind, _outcome, _reason, { kind, outcome, reason }) => {
      const answer = { kind, outcome, ...(reason ? { reason } : {}), madeOn: '2027-04-02', answeredOn: '2027-04-16' };
      const english = message(answer);
      const welsh = message(answer, 'cy');
      expect(welsh.body.split('\n\n')).toHaveLength(english.body.split('\n\n').length);
      for (const text of [english.body, welsh.body]) {
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
        expect(mentionsWhereHeld(text)).toBeUndefined();
      }
      expect(welsh.body).not.toMatch(/\b(?:the|and|your|offender|April)\b/);
      const letter = (language: 'en' | 'cy') =>
        renderLetter({
          stage: 'request-answered',
          language,
          facts: { ...everyMilestone(), request: answer },
          recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue'], postcode: 'LS6 2QR' },
          officer: { name: 'Sam Officer' },
        }).body;
      expect(letter('cy').split('\n\n')).toHaveLength(letter('en').split('\n\n').length);
      expect(mentionsWhereHeld(letter('en'))).toBeUndefined();
    },
  );

  it('finds the answer a notice is about in the history, with the day it was asked for', () => {
    const events = [
      { id: 'e1', type: 'VictimRequestMade', data: { requestId: 'r-1', madeOn: '2027-04-02' } },
      { id: 'e2', type: 'VictimRequestMade', data: { requestId: 'r-2', madeOn: '2027-05-01' } },
      {
        id: 'e3',
        type: 'VictimRequestAnswered',
        data: { requestId: 'r-1', sentenceId: 's-1', ...summaryRefused },
      },
      {
        id: 'e4',
        type: 'VictimRequestAnswered',
        data: {
          requestId: 'r-2',
          sentenceId: 's-1',
          kind: 'sentencing-remarks-transcript',
          outcome: 'provided',
          answeredOn: '2027-05-09',
        },
      },
    ];
    expect(requestAnswerInHistory(events, { answerEventId: 'e3' })).toEqual(summaryRefused);
    expect(requestAnswerInHistory(events, { sentenceId: 's-1' })).toEqual({
      kind: 'sentencing-remarks-transcript',
      outcome: 'provided',
      madeOn: '2027-05-01',
      answeredOn: '2027-05-09',
    });
    expect(requestAnswerInHistory(events, { answerEventId: 'nope' })).toBeUndefined();
  });

  it('refuses a request-answered letter when no answer is recorded (letter-facts-missing)', () => {
    const draft = () =>
      renderLetter({
        stage: 'request-answered',
        language: 'en',
        facts: { hospitalOrder: false, milestones: {} },
        recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue'] },
        officer: { name: 'Sam Officer' },
      });
    expect(draft).toThrow(LetterCannotBeWritten);
    expect(draft).toThrow(/answer to the victim's request/);
  });
});
