import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { foldEvents } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { SENTENCE_ID, VICTIM_ID } from '../testing/fixtures';
import { command, event } from '../testing/notification-fixtures';
import { referralReceived, victimEnrolled } from '../testing/victim-fixtures';
import { victimDecider } from '../victim/victim.decider';
import { VictimEvent } from '../victim/victim.events';
import { KnownVictim } from '../victim/victim.state';
import { MilestoneToNotify, victimNotificationFactsOf } from './notification-policy';
import { reofferBeforeRelease } from './reoffer-before-release';

/**
 * A re-offer before release (issue 17, "missing" item 2): a task for the VLO, never a letter. No published source gives
 * the lead time: configurable (docs/DOMAIN-RULES.md §4.3, §11).
 */
const declined = event('VictimDeclined', { declinedOn: '2024-02-01', personal: {} } as never);
const factsOf = (events: VictimEvent[]) => victimNotificationFactsOf(foldEvents(victimDecider, events) as KnownVictim);
const releaseOn = (expectedReleaseDate: string, recordedAt = '2025-03-03T10:00:00.000Z'): MilestoneToNotify =>
  ({
    sentenceId: SENTENCE_ID,
    milestoneId: 'm-release',
    kind: 'release-date-changed',
    detail: { expectedReleaseDate, reason: 'recalculation' },
    date: recordedAt.slice(0, 10),
    recordedAt,
  }) as MilestoneToNotify;

describe('re-offer before release', () => {
  it('given a victim who declined, when an expected release date is recorded, then a VLO task is due 40 working days before it', () => {
    expect(
      reofferBeforeRelease(releaseOn('2025-09-01'), factsOf([referralReceived(), declined]), englandAndWalesCalendar),
    ).toEqual({
      victimId: VICTIM_ID,
      sentenceId: SENTENCE_ID,
      releaseWindowOn: '2025-09-01',
      because: 'expected-release',
      dueOn: '2025-07-04',
      milestoneId: 'm-release',
    });
  });

  it('given a victim who never answered, when the release is closer than the lead, then the task is due today; and none once the window has passed', () => {
    const unanswered = factsOf([referralReceived()]);
    expect(reofferBeforeRelease(releaseOn('2025-03-20'), unanswered, englandAndWalesCalendar)?.dueOn).toBe(
      '2025-03-03',
    );
    expect(reofferBeforeRelease(releaseOn('2025-03-01'), unanswered, englandAndWalesCalendar)).toBeUndefined();
  });

  it('given an enrolled victim, when a release date is recorded, then no re-offer (they hear by their own choices)', () => {
    expect(
      reofferBeforeRelease(
        releaseOn('2025-09-01'),
        factsOf([referralReceived(), victimEnrolled()]),
        englandAndWalesCalendar,
      ),
    ).toBeUndefined();
  });

  it('given a shorter lead configured, then the task moves', () => {
    const plan = reofferBeforeRelease(releaseOn('2025-09-01'), factsOf([referralReceived()]), englandAndWalesCalendar, {
      reofferLeadWorkingDays: 10,
    });
    expect(plan?.dueOn).toBe('2025-08-15');
  });
});

describe('RaiseReofferBeforeRelease', () => {
  const { given } = deciderSpec(victimDecider);
  const raise = (overrides: object = {}) =>
    command('RaiseReofferBeforeRelease', {
      reofferId: 'r-1',
      sentenceId: SENTENCE_ID,
      because: 'expected-release',
      releaseWindowOn: '2025-09-01',
      dueOn: '2025-07-04',
      causedBy: { milestoneId: 'm-release' },
      ...overrides,
    } as never);
  const raised = event('ReofferBeforeReleaseRaised', {
    reofferId: 'r-1',
    sentenceId: SENTENCE_ID,
    because: 'expected-release',
    releaseWindowOn: '2025-09-01',
    dueOn: '2025-07-04',
    causedBy: { milestoneId: 'm-release' },
  });

  it('given a victim who declined, when a re-offer is raised, then it is recorded once (the same id again records nothing)', () => {
    given([referralReceived(), declined]).when(raise()).then([raised]);
    given([referralReceived(), declined, raised]).when(raise()).then([]);
  });

  it('given an enrolled victim, when a re-offer is raised, then it is refused', () => {
    given([referralReceived(), victimEnrolled()]).when(raise()).thenThrows('reoffer-only-for-declined-or-unanswered');
  });

  it('refuses a re-offer due after its window, and one about a sentence not linked', () => {
    given([referralReceived()])
      .when(raise({ dueOn: '2025-09-02' }))
      .thenThrows('reoffer-after-window');
    given([referralReceived()])
      .when(raise({ sentenceId: 'another' }))
      .thenThrows('sentence-not-linked');
  });

  it('given a victim who declined, when the VLO records an outbound offer after a re-offer was raised, then it is allowed; without one it is refused', () => {
    const offer = command('RecordContact', {
      contactId: 'c-reoffer',
      occurredOn: '2025-07-04',
      method: 'phone',
      direction: 'outbound',
      result: 'contact-made',
      personal: { summary: 'Offered the scheme again before release.' },
    } as never);
    given([referralReceived(), declined]).when(offer).thenThrows('victim-opted-out');
    expect(() =>
      victimDecider.decide(offer, foldEvents(victimDecider, [referralReceived(), declined, raised])),
    ).not.toThrow();
  });
});
