import { englandAndWalesCalendar } from '../calendar/working-day-calendar';
import { foldEvents } from '../shared/decider';
import { MilestoneDetails, MilestoneKind } from '../sentence/sentence-milestone';
import { SENTENCE_ID } from '../testing/fixtures';
import { enrolledWithPreferences } from '../testing/notification-fixtures';
import { preferencesUpdated } from '../testing/victim-fixtures';
import { victimDecider } from '../victim/victim.decider';
import { KnownVictim } from '../victim/victim.state';
import { MilestoneToNotify, notificationsForMilestone, victimNotificationFactsOf } from './notification-policy';
import { urgencyOf } from './notification-urgency';

/** Issue 17, deportation and removal: what victims hear (sources in docs/DOMAIN-RULES.md §11). */
const victimChoosing = (choice: string) =>
  victimNotificationFactsOf(
    foldEvents(victimDecider, [
      ...enrolledWithPreferences,
      preferencesUpdated({ stages: { choice } as never, updatedOn: '2024-03-01' }),
    ]) as KnownVictim,
  );

function milestone<K extends MilestoneKind>(
  kind: K,
  detail: MilestoneDetails[K],
  recordedAt: string,
): MilestoneToNotify {
  return {
    sentenceId: SENTENCE_ID,
    milestoneId: 'm-1',
    kind,
    detail,
    date: recordedAt.slice(0, 10),
    recordedAt,
  } as MilestoneToNotify;
}
const summary = (m: MilestoneToNotify, choice = 'all-key-stages') =>
  notificationsForMilestone(m, victimChoosing(choice), englandAndWalesCalendar).due.map((n) => [
    n.stage,
    n.dueAt,
    n.channel,
  ]);

describe('removal notices', () => {
  it('given a removed offender back in custody here on a Saturday evening, when planned, then every victim hears the same day by the fastest channel they chose, and it is urgent', () => {
    expect(summary(milestone('return-after-removal', {}, '2025-03-15T19:00:00.000Z'), 'annual-letter')).toEqual([
      ['return-after-removal', '2025-03-15T19:00:00.000Z', 'email'],
    ]);
    expect(urgencyOf('return-after-removal')).toBe('urgent');
  });

  it('given a planned removal recorded on a Friday evening, when planned, then victims who want every stage hear on Monday at 09:00, and annual-letter victims do not', () => {
    const planned = milestone(
      'removal-planned',
      { route: 'early-removal-scheme', expectedOn: '2025-06-02' },
      '2025-03-14T18:00:00.000Z',
    );
    expect(summary(planned)).toEqual([['removal-planned', '2025-03-17T09:00:00.000Z', 'letter']]);
    expect(summary(planned, 'annual-letter')).toEqual([]);
    expect(urgencyOf('removal-planned')).toBe('normal');
  });

  it('given a transfer abroad, when planned, then it is an ordinary notice in working hours', () => {
    expect(summary(milestone('transfer-abroad', {}, '2025-03-12T11:00:00.000Z'))).toEqual([
      ['transfer-abroad', '2025-03-12T11:00:00.000Z', 'letter'],
    ]);
    expect(urgencyOf('transfer-abroad')).toBe('normal');
  });
});

describe('suspended sentence activated (issue 17)', () => {
  it('given an activation recorded on a Saturday at 08:00, when planned, then every level hears it at 09:00 that day by a fast channel, and it is urgent', () => {
    expect(
      summary(
        milestone('suspended-sentence-activated', { activation: 'full' }, '2025-03-15T08:00:00.000Z'),
        'annual-letter',
      ),
    ).toEqual([['suspended-sentence-activated', '2025-03-15T09:00:00.000Z', 'email']]);
    expect(urgencyOf('suspended-sentence-activated')).toBe('urgent');
  });
});
