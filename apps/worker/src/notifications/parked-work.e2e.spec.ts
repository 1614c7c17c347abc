import { sentenceStreamId, victimStreamId } from '@vcs/domain';
import { comparePositions } from '@vcs/event-store';
import { ConsumerStatusReader } from '@vcs/infrastructure';
import { parkedWork } from '@vcs/read-models';
import { ApiHarness } from '@vcs/test-support';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../../../api/src/commands/clock';
import { expectStatus, VICTIM, VictimsClient } from '../../../api/src/victims/testing/victim-fixtures';
import { CapturedLog, eventually, outboxRows, queuePrefixFor } from './testing/notification-test-kit';
import { damageDataKey } from './testing/damaged-data-key';
import { enrolledVictimWantingEmail, useNotificationsRuntime } from './testing/notifications-api';

const TODAY = new Clock().today();

/**
 * One victim's history cannot be read (their data key is damaged, as a bad restore or a disk fault would leave it):
 * the planner fails on the release milestone for that victim. It tries a bounded number of times, parks the event and
 * goes on: every other victim — on the same sentence and on another — is told. The parked work shows in health; once
 * the key is repaired, one retry sends the parked victim's notification.
 */
describe('parked work: one failing event never holds back the others (PostgreSQL, Redis, outbox)', () => {
  let api: ApiHarness;
  let vlo: VictimsClient;
  let dataSource: DataSource;
  let log: CapturedLog;
  const prefix = queuePrefixFor('parked-work-e2e');

  useNotificationsRuntime(
    { prefix, vloId: 'vlo-7', runtime: { parking: { attempts: 2, backoffMs: 10, retryPollMs: 100 } } },
    (given) => ({ api, dataSource, vlo, log } = given),
  );

  const enrolledVictim = (sentenceId: string) => enrolledVictimWantingEmail(vlo, sentenceId);

  const sent = async (victimId: string) =>
    (await api.store.readStream(victimStreamId(victimId))).filter((e) => e.type === 'NotificationSent');

  /** Every consumer has read past everything written so far (so none needs the damaged key to catch up). */
  async function everyoneCaughtUp(): Promise<void> {
    const head = await api.store.headPosition();
    await eventually(async () => {
      const rows: { commit_position: string | null; prepare_position: string | null }[] = await dataSource.query(
        'SELECT commit_position::text, prepare_position::text FROM projection_checkpoints',
      );
      return (
        head !== undefined &&
        rows.length > 0 &&
        rows.every(
          (row) =>
            row.commit_position !== null &&
            comparePositions(
              { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position ?? '0') },
              head,
            ) >= 0,
        )
      );
    }, 'every consumer past the head');
  }

  it('given one victim whose history cannot be read, then the others are told, the event is parked and visible, and a retry after the repair tells that victim too', async () => {
    const shared = await vlo.recordSentence();
    const [broken, sameSentence] = [await enrolledVictim(shared), await enrolledVictim(shared)];
    const other = await vlo.recordSentence();
    const otherSentence = await enrolledVictim(other);
    await everyoneCaughtUp();

    // Damage the victim's wrapped data key (and drop this process's cached copy): their history can no longer be read.
    const repairDataKey = await damageDataKey(api, broken);

    for (const sentenceId of [shared, other]) {
      expectStatus(
        await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
          milestoneId: randomUUID(),
          kind: 'release-on-licence',
          date: TODAY,
        }),
        201,
      );
    }

    // Everyone else is told: the other victim of the same sentence, and the victim of the other sentence.
    await eventually(
      async () => (await sent(sameSentence)).length === 1 && (await sent(otherSentence)).length === 1,
      'the other victims told',
      30_000,
    );
    const [parked] = await eventually(
      async () => {
        const rows = await parkedWork.list(dataSource, 'notification-planner');
        return rows.length > 0 && rows;
      },
      'the milestone parked by the planner',
      30_000,
    );
    expect(parked).toMatchObject({
      consumer: 'notification-planner',
      streamId: sentenceStreamId(shared),
      eventType: 'SentenceMilestoneReached',
      reason: 'failed',
      attempts: 2,
    });
    expect(await outboxRows(dataSource, broken)).toEqual([]); // (their history cannot be read: ask the outbox)
    // An error line naming the consumer and the event type; no personal data in the row or the log.
    expect(log.lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({
        level: 'error',
        consumer: 'notification-planner',
        eventType: 'SentenceMilestoneReached',
      }),
    );
    for (const text of [JSON.stringify({ ...parked, position: null }), ...log.lines])
      for (const value of [VICTIM.email, VICTIM.fullName]) expect(text).not.toContain(value);

    // Visible: the consumer's status and the API's readiness (degraded, still serving).
    const planner = (await api.app.get(ConsumerStatusReader).statuses()).find((s) => s.name === 'notification-planner');
    expect(planner).toMatchObject({ parked: 1 });
    const ready = await request(api.http).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'degraded', checks: { consumerHealth: { status: 'degraded' } } });
    const details = await request(api.http)
      .get('/operations/health')
      .set('Authorization', `Bearer ${await api.token('ADMIN', 'admin-1')}`)
      .expect(200);
    expect(details.body.components.consumerHealth.details.error).toContain('notification-planner: 1 parked');

    // Repaired, retried with one command: the parked victim is told, nothing is parked, the others are not told twice.
    await repairDataKey();
    expect(await parkedWork.requestRetry(dataSource)).toBe(1);
    await eventually(async () => (await sent(broken)).length === 1, 'the parked victim told after the retry', 30_000);
    await eventually(async () => (await parkedWork.list(dataSource)).length === 0, 'nothing parked any more');
    expect((await sent(sameSentence)).length).toBe(1);
    expect((await sent(otherSentence)).length).toBe(1);
    await request(api.http).get('/health/ready').expect(200);
  });
});
