import { requestRows } from './case-requests';

const VICTIM = '5f0c6b1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
const OPEN = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('the requests on the case page', () => {
  it('words each request, with an Answer link to its form only while it waits for an answer', () => {
    expect(
      requestRows(VICTIM, [
        {
          requestId: OPEN,
          sentenceId: VICTIM,
          kind: 'sentencing-remarks-transcript',
          madeOn: '2026-10-21',
          state: 'open',
          answer: null,
          warning: null,
        },
        {
          requestId: VICTIM,
          sentenceId: VICTIM,
          kind: 'parole-decision-summary',
          madeOn: '2026-10-20',
          state: 'answered',
          answer: { outcome: 'refused', answeredOn: '2026-11-02', reason: 'offender-under-18' },
          warning: null,
        },
      ]),
    ).toEqual([
      {
        what: 'A transcript of the judge’s sentencing remarks',
        askedOn: '21 October 2026',
        answer: 'Waiting for an answer',
        answerHref: `/cases/${VICTIM}/requests/${OPEN}/answer`,
      },
      {
        what: 'A summary of the Parole Board’s decision',
        askedOn: '20 October 2026',
        answer: 'Refused on 2 November 2026 (the offender is under 18)',
      },
    ]);
  });
});
