import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, factsOf, sentenceRecorded } from '../testing/fixtures';
import {
  DUE,
  command,
  enrolledWithPreferences,
  event,
  notificationScheduled,
  notificationSent,
  scheduleNotification,
} from '../testing/notification-fixtures';
import {
  contactRecorded,
  enrolVictim,
  recordContact,
  referralReceived,
  updatePreferences,
  victimEnrolled,
} from '../testing/victim-fixtures';
import { victimDecider } from './victim.decider';
import { VictimEvent } from './victim.events';
import { KnownVictim } from './victim.state';

const { given } = deciderSpec(victimDecider);
const enrolled: VictimEvent[] = [referralReceived(), victimEnrolled()];
const ended = [{ sentenceId: SENTENCE_ID, ending: 'licence-end' as const, endedOn: '2026-01-05' }];
const closeForEnded = (overrides = {}) =>
  command('RecordCaseClosed', {
    closedOn: '2026-01-06',
    reason: 'sentences-ended',
    endedSentences: ended,
    ...overrides,
  });
const closed = event('VictimCaseClosed', { closedOn: '2026-01-06', reason: 'sentences-ended', endedSentences: ended });
const withdrew = event('VictimWithdrew', { withdrewOn: '2024-06-01', personal: {} });
const otherSentence = factsOf(sentenceRecorded({ sentenceId: 'sentence-2', sentenceDate: '2025-01-10' }));

// Closed 2020-01-06 for a 72-month period so the review can fall before "today" (2026-11-23).
const oldClosure = event('VictimCaseClosed', { closedOn: '2020-01-06', reason: 'victim-withdrew' });
const referredLongAgo = referralReceived({ receivedOn: '2019-01-15' });
const closedLongAgo: VictimEvent[] = [
  referredLongAgo,
  victimEnrolled({ enrolledOn: '2019-02-01' }),
  event('VictimWithdrew', { withdrewOn: '2019-06-01', personal: {} }),
  oldClosure,
];
const raise = (overrides = {}) =>
  command('RaiseRetentionReview', {
    raisedOn: '2026-01-06',
    closedOn: '2020-01-06',
    retentionPeriodMonths: 72,
    ...overrides,
  });
const reviewRaised = event('RetentionReviewRaised', {
  raisedOn: '2026-01-06',
  closedOn: '2020-01-06',
  retentionPeriodMonths: 72,
});
const decide = (overrides = {}) =>
  command('DecideRetention', {
    decidedOn: '2026-01-07',
    decidedBy: 'admin-1',
    decision: 'erase',
    basis: 'retention-period-ended',
    ...overrides,
  });
const decidedErase = event('RetentionDecided', {
  decidedOn: '2026-01-07',
  decidedBy: 'admin-1',
  decision: 'erase',
  basis: 'retention-period-ended',
  closedOn: '2020-01-06',
});
const decidedRetain = event('RetentionDecided', {
  decidedOn: '2026-01-07',
  decidedBy: 'admin-1',
  decision: 'retain',
  basis: 'ongoing-proceedings',
  retainUntil: '2026-06-01',
  closedOn: '2020-01-06',
});
const erase = (overrides = {}) =>
  command('ErasePersonalData', {
    erasedOn: '2026-01-08',
    erasedBy: 'admin-1',
    basis: 'retention-period-ended',
    ...overrides,
  });
const erased = event('VictimPersonalDataErased', {
  erasedOn: '2026-01-08',
  erasedBy: 'admin-1',
  basis: 'retention-period-ended',
});

describe('victim case closure', () => {
  it('closes the case when every linked sentence has ended', () => {
    given(enrolled).when(closeForEnded()).then([closed]);
  });

  it('refuses to close while a linked sentence has not ended', () => {
    const linked = event('VictimLinkedToSentence', { sentenceId: 'sentence-2', linkedOn: '2025-02-01' });
    given([...enrolled, linked])
      .when(closeForEnded())
      .thenThrows('linked-sentence-not-ended');
  });

  it('refuses a sentence the victim is not linked to', () => {
    given(enrolled)
      .when(
        closeForEnded({
          endedSentences: [...ended, { sentenceId: 'other', ending: 'sentence-end', endedOn: '2026-01-01' }],
        }),
      )
      .thenThrows('sentence-not-linked');
  });

  it('needs the ended sentences when closing because they ended, and only then', () => {
    given(enrolled)
      .when(closeForEnded({ endedSentences: [] }))
      .thenThrows('ended-sentences-required');
    given([...enrolled, withdrew])
      .when(closeForEnded({ reason: 'victim-withdrew' }))
      .thenThrows('ended-sentences-only-when-sentences-ended');
  });

  it('refuses a closure dated before the sentence ended', () => {
    given(enrolled)
      .when(closeForEnded({ closedOn: '2026-01-04' }))
      .thenThrows('closure-before-sentence-ended');
  });

  it('refuses an unknown way for a sentence to end', () => {
    given(enrolled)
      .when(closeForEnded({ endedSentences: [{ sentenceId: SENTENCE_ID, ending: 'parole', endedOn: '2026-01-05' }] }))
      .thenThrows('unknown-code');
  });

  it('closes the case of a victim who withdrew, cancelling what was pending', () => {
    const pending = notificationScheduled();
    given([...enrolled, withdrew])
      .when(command('RecordCaseClosed', { closedOn: '2024-06-02', reason: 'victim-withdrew' }))
      .then([event('VictimCaseClosed', { closedOn: '2024-06-02', reason: 'victim-withdrew' })]);
    given([...enrolledWithPreferences, pending])
      .when(closeForEnded())
      .then([
        closed,
        event('NotificationCancelled', { notificationId: 'n-1', reason: 'case-closed', cancelledOn: '2026-01-06' }),
      ]);
  });

  it('refuses to close for a withdrawal the victim did not make, or before it', () => {
    given(enrolled)
      .when(command('RecordCaseClosed', { closedOn: '2024-06-02', reason: 'victim-withdrew' }))
      .thenThrows('victim-did-not-opt-out');
    given(enrolled)
      .when(command('RecordCaseClosed', { closedOn: '2024-06-02', reason: 'victim-declined' }))
      .thenThrows('victim-did-not-opt-out');
    given([...enrolled, withdrew])
      .when(command('RecordCaseClosed', { closedOn: '2024-05-31', reason: 'victim-withdrew' }))
      .thenThrows('closure-before-opt-out');
  });

  it('refuses to close a closed case', () => {
    given([...enrolled, closed])
      .when(closeForEnded())
      .thenThrows('case-already-closed');
  });

  it('reopens the case when the victim rejoins', () => {
    const closedAfterWithdrawal = event('VictimCaseClosed', { closedOn: '2024-06-02', reason: 'victim-withdrew' });
    given([...enrolled, withdrew, closedAfterWithdrawal])
      .when(command('RejoinScheme', { rejoinedOn: '2025-01-01', victimLiaisonOfficerId: 'vlo-user-1' }))
      .then([
        event('VictimRejoined', {
          scheme: 'vcs-statutory',
          rejoinedOn: '2025-01-01',
          victimLiaisonOfficerId: 'vlo-user-1',
        }),
        event('VictimCaseReopened', { reopenedOn: '2025-01-01', reason: 'victim-rejoined' }),
      ]);
  });

  it('reopens the case when the victim is linked to another sentence', () => {
    given([...enrolled, closed])
      .when(command('LinkVictimToSentence', { sentence: otherSentence, linkedOn: '2026-02-01' }))
      .then([
        event('VictimLinkedToSentence', { sentenceId: 'sentence-2', linkedOn: '2026-02-01' }),
        event('VictimCaseReopened', {
          reopenedOn: '2026-02-01',
          reason: 'linked-to-sentence',
          sentenceId: 'sentence-2',
        }),
      ]);
  });

  it('reopens the case when a victim who declined enrols after all', () => {
    const declined = event('VictimDeclined', { declinedOn: '2024-01-20', personal: {} });
    const closedAfterDecline = event('VictimCaseClosed', { closedOn: '2024-01-21', reason: 'victim-declined' });
    const result = victimDecider.decide(
      enrolVictim({ enrolledOn: '2024-03-01' }),
      foldEvents(victimDecider, [referralReceived(), declined, closedAfterDecline]),
    );
    expect(result.map((e) => e.type)).toEqual(['VictimEnrolled', 'VictimCaseReopened']);
  });

  it('keeps the closure in the state until the case reopens', () => {
    const state = foldEvents(victimDecider, [...enrolled, closed]) as KnownVictim;
    expect(state.closure).toEqual({ closedOn: '2026-01-06', reason: 'sentences-ended' });
    const reopened = foldEvents(victimDecider, [
      ...enrolled,
      closed,
      event('VictimCaseReopened', { reopenedOn: '2026-02-01', reason: 'linked-to-sentence', sentenceId: 'x' }),
    ]) as KnownVictim;
    expect(reopened.closure).toBeUndefined();
  });
});

describe('retention review', () => {
  it('is raised once the retention period after closure has passed', () => {
    given(closedLongAgo).when(raise()).then([reviewRaised]);
  });

  it('is not raised for an open case', () => {
    given(enrolled)
      .when(raise({ raisedOn: '2026-01-06' }))
      .thenThrows('case-not-closed');
  });

  it('is not raised before the period has passed', () => {
    given(closedLongAgo)
      .when(raise({ raisedOn: '2026-01-05' }))
      .thenThrows('retention-period-not-ended');
  });

  it('must name the closure it is about (a reopened and reclosed case starts again)', () => {
    given(closedLongAgo)
      .when(raise({ closedOn: '2020-01-07' }))
      .thenThrows('closure-mismatch');
  });

  it('takes a whole number of months', () => {
    given(closedLongAgo)
      .when(raise({ retentionPeriodMonths: 0 }))
      .thenThrows('invalid-retention-period');
    given(closedLongAgo)
      .when(raise({ retentionPeriodMonths: 1.5 }))
      .thenThrows('invalid-retention-period');
  });

  it('is raised once per closure', () => {
    given([...closedLongAgo, reviewRaised])
      .when(raise({ raisedOn: '2026-02-01' }))
      .thenThrows('retention-review-already-raised');
    given([...closedLongAgo, reviewRaised, decidedErase])
      .when(raise({ raisedOn: '2026-02-01' }))
      .thenThrows('retention-review-already-raised');
  });

  it('is raised again once a decision to retain has run out', () => {
    given([...closedLongAgo, reviewRaised, decidedRetain])
      .when(raise({ raisedOn: '2026-05-31' }))
      .thenThrows('retention-review-already-raised');
    given([...closedLongAgo, reviewRaised, decidedRetain])
      .when(raise({ raisedOn: '2026-06-01' }))
      .then([
        event('RetentionReviewRaised', { raisedOn: '2026-06-01', closedOn: '2020-01-06', retentionPeriodMonths: 72 }),
      ]);
  });
});

describe('retention decision (ADMIN)', () => {
  it('records a decision to erase, with the closure it concerns', () => {
    given([...closedLongAgo, reviewRaised])
      .when(decide())
      .then([decidedErase]);
  });

  it('records a decision to retain until a date', () => {
    given([...closedLongAgo, reviewRaised])
      .when(decide({ decision: 'retain', basis: 'ongoing-proceedings', retainUntil: '2026-06-01' }))
      .then([decidedRetain]);
  });

  it('needs an open review', () => {
    given(closedLongAgo).when(decide()).thenThrows('no-open-retention-review');
    given([...closedLongAgo, reviewRaised, decidedErase])
      .when(decide())
      .thenThrows('no-open-retention-review');
  });

  it('needs a retain-until date in the future to retain, and none to erase', () => {
    given([...closedLongAgo, reviewRaised])
      .when(decide({ decision: 'retain', basis: 'safeguarding-concern' }))
      .thenThrows('retain-until-required');
    given([...closedLongAgo, reviewRaised])
      .when(decide({ decision: 'retain', basis: 'safeguarding-concern', retainUntil: '2026-01-07' }))
      .thenThrows('retain-until-not-in-future');
    given([...closedLongAgo, reviewRaised])
      .when(decide({ retainUntil: '2027-01-01' }))
      .thenThrows('retain-until-only-when-retaining');
  });

  it('refuses a basis that does not fit the decision', () => {
    given([...closedLongAgo, reviewRaised])
      .when(decide({ basis: 'ongoing-proceedings' }))
      .thenThrows('basis-does-not-fit-decision');
    given([...closedLongAgo, reviewRaised])
      .when(decide({ decision: 'retain', retainUntil: '2027-01-01' }))
      .thenThrows('basis-does-not-fit-decision');
  });

  it('is not dated before the review', () => {
    given([...closedLongAgo, reviewRaised])
      .when(decide({ decidedOn: '2026-01-05' }))
      .thenThrows('decision-before-review');
  });
});

describe('erasure', () => {
  it('erases at the end of the retention period after an ADMIN decided to erase', () => {
    given([...closedLongAgo, reviewRaised, decidedErase])
      .when(erase())
      .then([erased]);
  });

  it('refuses to erase for the retention period without a decision to erase', () => {
    given(closedLongAgo).when(erase()).thenThrows('erase-decision-required');
    given([...closedLongAgo, reviewRaised])
      .when(erase())
      .thenThrows('erase-decision-required');
    given([...closedLongAgo, reviewRaised, decidedRetain])
      .when(erase())
      .thenThrows('erase-decision-required');
  });

  it('erases on a request, which needs a reference code, and cancels what was pending', () => {
    const request = erase({ basis: 'erasure-request', requestReference: 'ERQ-2026-0042', erasedOn: '2026-01-08' });
    given([...enrolledWithPreferences, notificationScheduled()])
      .when(request)
      .then([
        event('VictimPersonalDataErased', {
          erasedOn: '2026-01-08',
          erasedBy: 'admin-1',
          basis: 'erasure-request',
          requestReference: 'ERQ-2026-0042',
        }),
        event('NotificationCancelled', { notificationId: 'n-1', reason: 'erased', cancelledOn: '2026-01-08' }),
      ]);
    given(enrolled)
      .when(erase({ basis: 'erasure-request' }))
      .thenThrows('request-reference-required');
    given(enrolled)
      .when(erase({ basis: 'other', requestReference: 'Letter from Ms Example' }))
      .thenThrows('invalid-request-reference');
  });

  describe('after erasure', () => {
    const history: VictimEvent[] = [...closedLongAgo, reviewRaised, decidedErase, erased];

    it('the state knows it, and holds no locating details', () => {
      const state = foldEvents(victimDecider, history) as KnownVictim;
      expect(state.erasure).toEqual({ erasedOn: '2026-01-08', basis: 'retention-period-ended' });
      expect(state.locatingDetails).toEqual([]);
    });

    it.each([
      [
        'UpdateVictimDetails',
        command('UpdateVictimDetails', { updatedOn: '2026-02-01', personal: { fullName: 'Jane Example' } }),
      ],
      ['UpdateContactPreferences', updatePreferences({ updatedOn: '2026-02-01' })],
      [
        'RecordContact',
        recordContact({ occurredOn: '2026-02-01', direction: 'inbound', method: 'phone', result: 'contact-made' }),
      ],
      ['RejoinScheme', command('RejoinScheme', { rejoinedOn: '2026-02-01', victimLiaisonOfficerId: 'vlo-2' })],
      ['LinkVictimToSentence', command('LinkVictimToSentence', { sentence: otherSentence, linkedOn: '2026-02-01' })],
      ['ScheduleNotification', scheduleNotification()],
      [
        'ConfirmSafetyCheck',
        command('ConfirmSafetyCheck', { confirmedOn: '2026-02-01', checkedBy: 'vlo-1', channel: 'letter' }),
      ],
      [
        'DraftLetter',
        command('DraftLetter', {
          letterId: 'l-9',
          stage: 'annual-contact',
          draftedBy: 'vlo-1',
          draftedOn: '2026-02-01',
          personal: { body: 'x', addressBlock: 'y', language: 'en' },
        }),
      ],
      ['ErasePersonalData', erase({ erasedOn: '2026-02-01' })],
    ])('refuses %s (victim-erased)', (_name, cmd) => {
      given(history).when(cmd).thenThrows('victim-erased');
    });

    it('still records the delivery status of a message sent before', () => {
      const sentBefore: VictimEvent[] = [
        ...enrolledWithPreferences,
        notificationScheduled(),
        notificationSent(),
        event('VictimPersonalDataErased', {
          erasedOn: '2025-03-11',
          erasedBy: 'admin-1',
          basis: 'erasure-request',
          requestReference: 'ERQ-1',
        }),
      ];
      given(sentBefore)
        .when(
          command('RecordNotificationDeliveryStatus', {
            notificationId: 'n-1',
            status: 'delivered',
            at: '2025-03-10T09:05:00.000Z',
          }),
        )
        .then([
          event('NotificationDeliveryStatusRecorded', {
            notificationId: 'n-1',
            status: 'delivered',
            at: '2025-03-10T09:05:00.000Z',
          }),
        ]);
    });
  });

  it('erased victims keep their contact history for the timescales', () => {
    const state = foldEvents(victimDecider, [...enrolled, contactRecorded(), erased]) as KnownVictim;
    expect(state.contacts).toHaveLength(1);
    expect(DUE).toBeDefined();
  });
});
