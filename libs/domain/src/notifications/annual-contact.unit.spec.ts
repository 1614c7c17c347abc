import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { foldEvents } from '../shared/decider';
import { SENTENCE_ID } from '../testing/fixtures';
import { event, notificationScheduled, notificationSent } from '../testing/notification-fixtures';
import { preferencesUpdated, referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from '../victim/victim.decider';
import { VictimEvent } from '../victim/victim.events';
import { KnownVictim } from '../victim/victim.state';
import { SentenceRunning, annualContactAnchorOf, annualContactFor } from './annual-contact';
import { DEFAULT_NOTIFICATION_POLICY, victimNotificationFactsOf } from './notification-policy';

const OTHER_SENTENCE = '5b7e1d2c-0000-4000-8000-000000000002';
const RUNNING: SentenceRunning[] = [{ sentenceId: SENTENCE_ID, ended: false }];
const TRIGGER = { eventId: 'evt-trigger', at: '2024-02-01T10:00:00.000Z' };

/** Enrolled on 1 February 2024 (a Thursday), chose the yearly letter by letter and email. */
const annualVictim: VictimEvent[] = [
  referralReceived(),
  victimEnrolled(),
  preferencesUpdated({ stages: { choice: 'annual-letter' }, channels: ['email', 'letter'] }),
];

/** Given a victim's history, when the planner asks for their yearly letter, then … */
function annualGiven(
  events: VictimEvent[],
  options: { sentences?: SentenceRunning[]; trigger?: { eventId: string; at: string }; months?: number } = {},
) {
  const facts = victimNotificationFactsOf(foldEvents(victimDecider, events) as KnownVictim);
  return annualContactFor(
    facts,
    annualContactAnchorOf(events),
    options.sentences ?? RUNNING,
    options.trigger ?? TRIGGER,
    englandAndWalesCalendar,
    options.months
      ? { ...DEFAULT_NOTIFICATION_POLICY, annualContactMonths: options.months }
      : DEFAULT_NOTIFICATION_POLICY,
  );
}
const dueOf = (plan: ReturnType<typeof annualGiven>) =>
  plan.due.map((n) => [n.stage, n.sentenceId, n.dueAt, n.channel, n.reason, n.causedBy]);

describe('annual contact letters (docs/DOMAIN-RULES.md "Opting in": an annual contact letter)', () => {
  it('given a victim who chose the yearly letter, when they enrol, then one letter is due 12 months on at 09:00 (a working day), by letter', () => {
    expect(dueOf(annualGiven(annualVictim))).toEqual([
      [
        'annual-contact',
        SENTENCE_ID,
        '2025-02-03T09:00:00.000Z',
        'letter',
        'annual-contact',
        { eventId: 'evt-trigger' },
      ],
    ]);
  });

  it('given the anniversary falls on a weekend or bank holiday, then it waits for the next working day (1 Jan 2026 → 2 Jan)', () => {
    const events = [referralReceived(), victimEnrolled({ enrolledOn: '2025-01-01' }), annualVictim[2]];
    expect(annualGiven(events).due[0].dueAt).toBe('2026-01-02T09:00:00.000Z');
  });

  it('given a yearly letter was sent, then the next is due a year after it went (not after enrolment)', () => {
    const events = [
      ...annualVictim,
      notificationScheduled({
        notificationId: 'a-1',
        stage: 'annual-contact',
        channel: 'letter',
        dueAt: '2025-02-03T09:00:00.000Z',
        reason: 'annual-contact',
        causedBy: { eventId: 'e' },
      }),
      notificationSent('a-1', 'letter', '2025-02-20T11:00:00.000Z'),
    ];
    expect(annualGiven(events, { trigger: { eventId: 'evt-sent', at: '2025-02-20T11:00:00.000Z' } }).due[0].dueAt).toBe(
      '2026-02-20T09:00:00.000Z',
    );
  });

  it("given another stage's notification was sent, then it does not count as the yearly letter", () => {
    const events = [
      ...annualVictim,
      notificationScheduled({ notificationId: 'n-9', stage: 'recall' }),
      notificationSent('n-9', 'email', '2024-06-20T11:00:00.000Z'),
    ];
    expect(annualContactAnchorOf(events)).toEqual({ joinedOn: '2024-02-01' });
  });

  it('given the last yearly letter finally failed, then the next is still a year on (the VLO has a task for the failed one)', () => {
    const events = [
      ...annualVictim,
      notificationScheduled({
        notificationId: 'a-1',
        stage: 'annual-contact',
        channel: 'letter',
        reason: 'annual-contact',
        causedBy: { eventId: 'e' },
      }),
      event('NotificationFailed', {
        notificationId: 'a-1',
        attempt: 3,
        errorCode: 'no-postal-address',
        final: true,
        failedAt: '2025-02-04T10:00:00.000Z',
      }),
    ];
    expect(annualContactAnchorOf(events)).toEqual({ joinedOn: '2024-02-01', lastLetterOn: '2025-02-04' });
  });

  it('given the victim chose the yearly letter long after joining, then it is due at once (in working hours), not in the past', () => {
    const plan = annualGiven(annualVictim, { trigger: { eventId: 'evt-prefs', at: '2025-06-07T20:00:00.000Z' } });
    expect(plan.due[0].dueAt).toBe('2025-06-09T08:00:00.000Z');
  });

  it('given the victim withdrew and rejoined, then the year counts from rejoining', () => {
    const events = [
      ...annualVictim,
      event('VictimWithdrew', { withdrewOn: '2024-05-01', personal: {} }),
      event('VictimRejoined', { scheme: 'vcs-statutory', rejoinedOn: '2024-09-02', victimLiaisonOfficerId: 'vlo-1' }),
    ];
    expect(annualGiven(events).due[0].dueAt).toBe('2025-09-02T08:00:00.000Z');
  });

  it('given the victim chose letters only by email, then the yearly update goes by email', () => {
    const events = [
      ...annualVictim.slice(0, 2),
      preferencesUpdated({ stages: { choice: 'annual-letter' }, channels: ['email'] }),
    ];
    expect(annualGiven(events).due[0].channel).toBe('email');
  });

  it('takes the interval from the policy', () => {
    expect(annualGiven(annualVictim, { months: 6 }).due[0].dueAt).toBe('2024-08-01T08:00:00.000Z');
  });

  it('given the referral sentence ended, then it is about another linked sentence that still runs', () => {
    const events = [
      ...annualVictim,
      event('VictimLinkedToSentence', { sentenceId: OTHER_SENTENCE, linkedOn: '2024-03-01' }),
    ];
    const plan = annualGiven(events, {
      sentences: [
        { sentenceId: SENTENCE_ID, ended: true },
        { sentenceId: OTHER_SENTENCE, ended: false },
      ],
    });
    expect(plan.due.map((n) => n.sentenceId)).toEqual([OTHER_SENTENCE]);
  });

  it.each([
    ['every sentence has ended', annualVictim, [{ sentenceId: SENTENCE_ID, ended: true }], 'sentence-ended'],
    [
      'the victim withdrew',
      [...annualVictim, event('VictimWithdrew', { withdrewOn: '2024-05-01', personal: {} })],
      RUNNING,
      'victim-opted-out',
    ],
    [
      'the victim was erased',
      [
        ...annualVictim,
        event('VictimPersonalDataErased', {
          erasedOn: '2024-06-01',
          erasedBy: 'a',
          basis: 'erasure-request',
          requestReference: 'R1',
        }),
      ],
      RUNNING,
      'victim-erased',
    ],
    [
      'the case closed',
      [
        ...annualVictim,
        event('VictimCaseClosed', { closedOn: '2024-06-01', reason: 'sentences-ended', endedSentences: [] }),
      ],
      RUNNING,
      'case-closed',
    ],
    [
      'the victim chose every key stage',
      [...annualVictim.slice(0, 2), preferencesUpdated()],
      RUNNING,
      'not-annual-letter',
    ],
    ['the victim was only referred', [referralReceived()], RUNNING, 'victim-not-in-scheme'],
  ])('given %s, then no yearly letter is due', (_given, events, sentences, reason) => {
    expect(annualGiven(events as VictimEvent[], { sentences: sentences as SentenceRunning[] })).toEqual({
      due: [],
      skipped: [{ stage: 'annual-contact', reason }],
    });
  });
});
