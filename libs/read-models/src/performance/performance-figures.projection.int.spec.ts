import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { aRecordedEvent } from '@vcs/event-store/testing';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { createDataSource } from '../data-source';
import { PerformanceFiguresProjection } from './performance-figures.projection';

const event = (streamId: string, revision: number, type: string, data: Record<string, unknown>): RecordedEvent =>
  aRecordedEvent(streamId, revision, type, data, '2026-10-05T10:00:00.000Z');

/** The service's own first letter (stage `initial-contact`) sent: a referral with no contact recorded before it. */
function firstLetterSent(victimId: string, sentAt: string): RecordedEvent[] {
  const [sentenceId, notificationId] = [randomUUID(), randomUUID()];
  const stream = `victim-${victimId}`;
  return [
    event(stream, 0, 'ReferralReceived', {
      victimId,
      sentenceId,
      referredFor: 'vcs',
      source: 'witness-care-unit',
      circumstance: 'adult-victim',
      receivedOn: '2026-10-05',
    }),
    event(stream, 1, 'NotificationScheduled', {
      victimId,
      notificationId,
      sentenceId,
      stage: 'initial-contact',
      dueAt: '2026-10-06T09:00:00.000Z',
      channel: 'letter',
      reason: 'initial-contact-deadline',
      causedBy: { eventId: randomUUID() },
    }),
    event(stream, 2, 'NotificationSent', {
      victimId,
      notificationId,
      channel: 'letter',
      providerReference: 'outbox-1',
      sentAt,
    }),
  ];
}

describe('performance figures (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const projection = new PerformanceFiguresProjection();

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await createDataSource(db.url, { poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  const firstContactOn = async (victimId: string): Promise<string | null> =>
    (
      await dataSource.query(
        "SELECT to_char(first_contact_on, 'YYYY-MM-DD') AS day FROM performance_referrals WHERE victim_id = $1",
        [victimId],
      )
    )[0]?.day ?? null;

  it('counts the service first letter being sent as first contact, one event at a time as in a rebuild', async () => {
    const victimId = randomUUID();
    // Sent just after midnight in London (BST): the London day, not the UTC one.
    const events = firstLetterSent(victimId, '2026-10-07T23:30:00.000Z');
    for (const recorded of events) await dataSource.transaction((manager) => projection.apply(recorded, manager));
    expect(await firstContactOn(victimId)).toBe('2026-10-08');

    const memory = projection.memoryBuild();
    memory.apply(events);
    const referrals = [...memory.rows()].find((write) => write.table === 'performance_referrals');
    expect(referrals?.rows).toEqual([[victimId, expect.any(String), 'vcs', '2026-10-05', '2026-11-02', '2026-10-08']]);
  });
});
