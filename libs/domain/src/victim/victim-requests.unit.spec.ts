import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, TODAY, VICTIM_ID, factsOf, sentenceRecorded } from '../testing/fixtures';
import { referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from './victim.decider';
import { AnswerVictimRequest, MakeVictimRequest, RecordRightExplained } from './victim.commands';
import { VictimEvent, VictimRequestMade } from './victim.events';
import { VictimRequestKind } from './victim-request';

const { given } = deciderSpec(victimDecider);
const enrolled: VictimEvent[] = [referralReceived(), victimEnrolled()];
const prison = factsOf();
const lifer = factsOf(sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined }));
const restricted = factsOf(
  sentenceRecorded({ sentenceType: 'hospital-order-with-restriction', lengthMonths: undefined }),
);

const make = (
  kind: VictimRequestKind,
  madeOn = '2025-06-30',
  sentence = lifer,
  requestId = 'r-1',
): MakeVictimRequest => ({
  type: 'MakeVictimRequest',
  data: { victimId: VICTIM_ID, requestId, sentence, kind, madeOn, recordedOn: TODAY },
});
const made = (kind: VictimRequestKind, madeOn = '2025-06-30', requestId = 'r-1'): VictimRequestMade => ({
  type: 'VictimRequestMade',
  data: { victimId: VICTIM_ID, requestId, sentenceId: SENTENCE_ID, kind, madeOn },
});
const answer = (
  outcome: AnswerVictimRequest['data']['outcome'],
  extra: Partial<AnswerVictimRequest['data']> = {},
): AnswerVictimRequest => ({
  type: 'AnswerVictimRequest',
  data: { victimId: VICTIM_ID, requestId: 'r-1', answeredOn: '2025-07-10', outcome, recordedOn: TODAY, ...extra },
});

describe('victim requests (issue 17: parole participation, restricted patients, sentencing remarks)', () => {
  // Parole Board Rules 2019 r.14 as amended by SI 2022/717; national roll-out 1 April 2025 (Parole Board, checked 2026-12-07).
  it('given an enrolled victim, when they apply to observe the parole hearing, then the application is recorded', () => {
    given(enrolled)
      .when(make('observe-parole-hearing'))
      .then([made('observe-parole-hearing')]);
  });

  it('given a date before the national roll-out, when a victim outside the pilot regions applies to observe, then it is refused; inside them it is recorded', () => {
    given(enrolled).when(make('observe-parole-hearing', '2024-06-03')).thenThrows('request-not-available-yet');
    const pilot = factsOf(
      sentenceRecorded({ sentenceType: 'indeterminate-life', lengthMonths: undefined, probationRegion: 'south-west' }),
    );
    given(enrolled)
      .when(make('observe-parole-hearing', '2024-06-03', pilot))
      .then([made('observe-parole-hearing', '2024-06-03')]);
  });

  // r.15 as amended by SI 2022/717: anyone may apply for a public hearing; the Board chair decides.
  it('given an enrolled victim, when they apply for a public hearing and the chair refuses, then both are recorded', () => {
    given(enrolled)
      .when(make('public-parole-hearing'))
      .then([made('public-parole-hearing')]);
    given([...enrolled, made('public-parole-hearing')])
      .when(answer('refused', { reason: 'not-eligible' }))
      .then([
        {
          type: 'VictimRequestAnswered',
          data: {
            victimId: VICTIM_ID,
            requestId: 'r-1',
            sentenceId: SENTENCE_ID,
            kind: 'public-parole-hearing',
            answeredOn: '2025-07-10',
            outcome: 'refused',
            reason: 'not-eligible',
          },
        },
      ]);
  });

  // Issue 17 time limits. Hansard written answer 153838 (6 March 2023) on SI 2022/717 r.15: applications "no later than
  // 12 weeks before a hearing" (checked 2026-12-07).
  describe('time limits', () => {
    const withTimetable = (
      kind: VictimRequestKind,
      madeOn: string,
      paroleTimetable: MakeVictimRequest['data']['paroleTimetable'],
    ): MakeVictimRequest => ({ ...make(kind, madeOn), data: { ...make(kind, madeOn).data, paroleTimetable } });

    it('given a hearing listed for 22 September 2025, when a public hearing is applied for on 30 June (12 weeks before), then it is recorded; on 1 July it is refused as out of time', () => {
      // 22 September − 84 days = 30 June.
      given(enrolled)
        .when(withTimetable('public-parole-hearing', '2025-06-30', { hearingOn: '2025-09-22' }))
        .then([made('public-parole-hearing', '2025-06-30')]);
      given(enrolled)
        .when(withTimetable('public-parole-hearing', '2025-07-01', { hearingOn: '2025-09-22' }))
        .thenThrows('public-hearing-application-out-of-time');
    });

    it('given no hearing listed yet, when a public hearing is applied for, then it is recorded (nothing to count from)', () => {
      given(enrolled)
        .when(withTimetable('public-parole-hearing', '2025-06-30', {}))
        .then([made('public-parole-hearing', '2025-06-30')]);
    });

    // Parole Board Rules 2019 r.27(2): "The Board is not required to produce a summary … where the request is made more
    // than 6 months after the decision" (legislation.gov.uk, point in time 21 July 2022; checked 2026-12-07).
    it('given a decision on 31 December 2024, when a summary is asked for on 30 June 2025 (6 calendar months), then it is recorded; on 1 July it is recorded with a warning, not refused', () => {
      given(enrolled)
        .when(withTimetable('parole-decision-summary', '2025-06-30', { lastDecisionOn: '2024-12-31' }))
        .then([made('parole-decision-summary', '2025-06-30')]);
      given(enrolled)
        .when(withTimetable('parole-decision-summary', '2025-07-01', { lastDecisionOn: '2024-12-31' }))
        .then([
          {
            type: 'VictimRequestMade',
            data: {
              ...made('parole-decision-summary', '2025-07-01').data,
              warning: 'decision-summary-requested-after-6-months',
            },
          },
        ]);
    });

    it('refuses a timetable date that is not a date', () => {
      given(enrolled)
        .when(withTimetable('public-parole-hearing', '2025-06-30', { hearingOn: '2025-02-30' }))
        .thenThrows('invalid-date');
    });
  });

  // r.27: a victim asks through the Secretary of State; the Board may decline for an offender under 18 (Decision Summary Policy).
  it('given a decision-summary request, when the summary is delivered, then it is provided; a document is never "granted"', () => {
    const base = [...enrolled, made('parole-decision-summary')];
    given(base)
      .when(answer('provided'))
      .then([
        {
          type: 'VictimRequestAnswered',
          data: {
            victimId: VICTIM_ID,
            requestId: 'r-1',
            sentenceId: SENTENCE_ID,
            kind: 'parole-decision-summary',
            answeredOn: '2025-07-10',
            outcome: 'provided',
          },
        },
      ]);
    given(base).when(answer('granted')).thenThrows('outcome-does-not-fit-request');
    given([...enrolled, made('observe-parole-hearing')])
      .when(answer('provided'))
      .thenThrows('outcome-does-not-fit-request');
  });

  it('given a decision-summary request, when the Board declines because the offender is under 18, then the reason is recorded; that reason fits no other request', () => {
    given([...enrolled, made('parole-decision-summary')])
      .when(answer('refused', { reason: 'offender-under-18' }))
      .then([
        {
          type: 'VictimRequestAnswered',
          data: {
            victimId: VICTIM_ID,
            requestId: 'r-1',
            sentenceId: SENTENCE_ID,
            kind: 'parole-decision-summary',
            answeredOn: '2025-07-10',
            outcome: 'refused',
            reason: 'offender-under-18',
          },
        },
      ]);
    given([...enrolled, made('public-parole-hearing')])
      .when(answer('refused', { reason: 'offender-under-18' }))
      .thenThrows('reason-does-not-fit-request');
    given([...enrolled, made('parole-decision-summary')])
      .when(answer('provided', { reason: 'other' }))
      .thenThrows('reason-only-when-refused');
  });

  it('given a request waiting for its answer, when the same is asked again or answered twice, then it is refused', () => {
    const base = [...enrolled, made('secretary-of-state-reconsideration')];
    given(base)
      .when(make('secretary-of-state-reconsideration', '2025-07-01', lifer, 'r-2'))
      .thenThrows('request-already-open');
    given([
      ...base,
      {
        type: 'VictimRequestAnswered',
        data: {
          victimId: VICTIM_ID,
          requestId: 'r-1',
          sentenceId: SENTENCE_ID,
          kind: 'secretary-of-state-reconsideration',
          answeredOn: '2025-07-02',
          outcome: 'granted',
        },
      },
    ])
      .when(answer('refused'))
      .thenThrows('request-already-answered');
    given(enrolled).when(answer('granted')).thenThrows('unknown-request');
    given(base)
      .when(answer('granted', { answeredOn: '2025-06-01' }))
      .thenThrows('answer-before-request');
  });

  it('given a hospital order, when a parole request is made, then it is refused; tribunal requests need a restricted patient', () => {
    given(enrolled)
      .when(make('observe-parole-hearing', '2025-06-30', restricted))
      .thenThrows('parole-request-needs-prison-sentence');
    given(enrolled)
      .when(make('attend-tribunal-hearing', '2025-06-30', prison))
      .thenThrows('needs-restriction-order');
  });

  // DVCV Act 2004 s.37ZA (Victims and Prisoners Act 2024 s.21), in force 25 June 2025 (SI 2025/731).
  it('given a restricted patient, when the victim applies to attend the tribunal, then it is recorded from 25 June 2025 only', () => {
    given(enrolled)
      .when(make('attend-tribunal-hearing', '2025-06-25', restricted))
      .then([made('attend-tribunal-hearing', '2025-06-25')]);
    given(enrolled)
      .when(make('attend-tribunal-hearing', '2025-06-24', restricted))
      .thenThrows('request-not-available-yet');
    given(enrolled)
      .when(make('restricted-patient-decision-summary', '2025-01-10', restricted))
      .then([made('restricted-patient-decision-summary', '2025-01-10')]);
  });

  it('given a victim not in the scheme, when a request is made, then it is refused', () => {
    given([referralReceived()])
      .when(make('sentencing-remarks-transcript', '2024-02-01', prison))
      .thenThrows('victim-not-in-scheme');
  });

  // Criminal Justice Act 1988 s.36, Sch. 3 para 1: 28 days from sentence (Hansard, Lords 30 April 2024; checked 2026-12-07).
  it('given a linked sentence, when the victim is told about the unduly lenient sentence scheme, then it is recorded with its 28-day deadline', () => {
    const told: RecordRightExplained = {
      type: 'RecordRightExplained',
      data: {
        victimId: VICTIM_ID,
        sentence: prison,
        right: 'unduly-lenient-sentence-scheme',
        explainedOn: '2024-01-10',
        recordedOn: TODAY,
      },
    };
    given([referralReceived()])
      .when(told)
      .then([
        {
          type: 'VictimRightExplained',
          data: {
            victimId: VICTIM_ID,
            sentenceId: SENTENCE_ID,
            right: 'unduly-lenient-sentence-scheme',
            explainedOn: '2024-01-10',
            deadline: '2024-02-05',
          },
        },
      ]);
    given([referralReceived()])
      .when({ ...told, data: { ...told.data, explainedOn: '2024-01-01' } })
      .thenThrows('right-explained-before-sentence');
  });
});
