import { randomUUID } from 'node:crypto';
import { RecordedEvent } from '@vcs/event-store';
import { aRecordedEvent } from '@vcs/event-store/testing';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { DEFAULT_TIMESCALE_POLICY } from '@vcs/domain';
import { DEFAULT_CASELOAD_POLICY } from '../caseload/caseload-task.rules';
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

  // The figures' referral deadline follows the same configured rule as the caseload's missed-referral task
  // (VNS_MISSED_REFERRAL_WORKING_DAYS), so a unit's "referred in time" and its VLOs' tasks never disagree.
  it("counts a VNS sentence's referral deadline with the configured working days, live and in a rebuild", async () => {
    const sentenceId = randomUUID();
    // Mon 8 Jan 2024, a four-month sentence for stalking: VNS.
    const sentence = event(`sentence-${sentenceId}`, 0, 'SentenceRecorded', {
      sentenceId,
      reference: `V${sentenceId.slice(0, 6)}`,
      offenceCategory: 'stalking',
      offenceCausedDeath: false,
      sentenceType: 'determinate-custody',
      lengthMonths: 4,
      sentencingCourt: 'Reading Crown Court',
      sentenceDate: '2024-01-08',
      probationRegion: 'south-central',
    });
    const fiveDays = {
      ...DEFAULT_CASELOAD_POLICY,
      missedReferral: {
        ...DEFAULT_CASELOAD_POLICY.missedReferral,
        timescales: { ...DEFAULT_TIMESCALE_POLICY, vnsMissedReferralWorkingDaysFromSentence: 5 },
      },
    };
    const dueOn = async (): Promise<string | null> =>
      (
        await dataSource.query(
          "SELECT to_char(referral_due_on, 'YYYY-MM-DD') AS day FROM performance_sentences WHERE sentence_id = $1",
          [sentenceId],
        )
      )[0]?.day ?? null;

    await dataSource.transaction((manager) => projection.apply(sentence, manager));
    expect(await dueOn()).toBe('2024-01-11'); // the default, 3 working days
    const configured = new PerformanceFiguresProjection(undefined, fiveDays);
    await dataSource.transaction((manager) => configured.apply(sentence, manager));
    expect(await dueOn()).toBe('2024-01-15'); // 5 working days: Mon 15 Jan

    const memory = configured.memoryBuild();
    memory.apply([sentence]);
    const sentences = [...memory.rows()].find((write) => write.table === 'performance_sentences');
    expect(sentences?.rows).toEqual([[sentenceId, 'south-central', '2024-01-15', null]]);
  });
});
