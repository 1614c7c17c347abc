import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { victimStreamId } from '@vcs/domain';
import { ApiHarness } from '@vcs/test-support';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../../apps/api/src/commands/clock';
import {
  expectStatus,
  PERSONAL_VALUES,
  VICTIM,
  VictimsClient,
} from '../../apps/api/src/victims/testing/victim-fixtures';
import { eventually, outboxRows } from '../../apps/worker/src/notifications/testing/notification-test-kit';
import { damageDataKey } from '../../apps/worker/src/notifications/testing/damaged-data-key';
import { enrolledVictimWantingEmail } from '../../apps/worker/src/notifications/testing/notifications-api';
import { useApiAndWorkerProcess } from '../../apps/worker/src/notifications/testing/worker-process-api';
import { WorkerProcess } from '../support/worker-process/worker-process';

const ROOT = join(__dirname, '../..');
const TODAY = new Clock().today();
/** A worker process, a child `npm run consumers:retry` (ts-node) and waits on both: minutes on a busy machine (no timed assertion). */
const TEST_LIMIT_MS = 300_000;

interface ConsumerRow {
  readonly name: string;
  readonly position: string | null;
  readonly lagEvents: number;
  readonly parked: number;
  readonly stalled: boolean;
  readonly activeHere: boolean;
}

/**
 * Issue 11 §1 on the running service: the API, and the real worker as a child process. A hearing in 2045 is recorded
 * (once, any date past 2027 silenced every victim for good): the planner plans it on projected bank holidays, every
 * other victim is told, nothing is parked. Then a fault is injected (one victim's data key damaged): that milestone is
 * parked, the other victims are still told, health and the ADMIN's list show it, and after the repair one command
 * (`npm run consumers:retry`) gets the parked victim told.
 */
describe('far-future dates and parked work, on the running apps', () => {
  let api: ApiHarness;
  let dataSource: DataSource;
  let vlo: VictimsClient;
  let worker: WorkerProcess;
  /** The worker's internal operations port: its detailed consumer status is served there, not on WORKER_PORT. */
  let operationsPort: number;
  useApiAndWorkerProcess(
    {
      name: 'far-future',
      worker: {
        CONSUMER_ATTEMPTS_BEFORE_PARKING: '2',
        CONSUMER_RETRY_BACKOFF_MS: '50',
        // The worker reads a victim's data key afresh each time (so the damage below reaches it at once).
        PERSONAL_DATA_KEY_CACHE_TTL_MS: '0',
      },
      startWorker: true,
      setUpTimeoutMs: TEST_LIMIT_MS,
    },
    (given) => ({ api, dataSource, vlo, worker, operationsPort } = given),
  );
  const enrolledVictim = (sentenceId: string) => enrolledVictimWantingEmail(vlo, sentenceId);

  const release = async (sentenceId: string) =>
    expectStatus(
      await vlo.send('post', `/sentences/${sentenceId}/milestones`, {
        milestoneId: randomUUID(),
        kind: 'release-on-licence',
        date: TODAY,
      }),
      201,
    );
  const told = async (victimId: string, stage: string) =>
    (await outboxRows(dataSource, victimId)).filter((row) => row.stage === stage).length;
  const consumers = async (): Promise<ConsumerRow[]> =>
    (await fetch(`http://127.0.0.1:${operationsPort}/health/projectors`)).json() as Promise<ConsumerRow[]>;
  const workerReadiness = async () =>
    (await fetch(`http://127.0.0.1:${worker.port}/health/ready`)).json() as Promise<{
      status: string;
      checks: Record<string, { status: string; error?: string }>;
    }>;
  /** What the public readiness leaves out (which consumer, how much), on the worker's operations port. */
  const workerHealthDetails = async () =>
    (await fetch(`http://127.0.0.1:${operationsPort}/health/details`)).json() as Promise<{
      components: Record<string, { status: string; details: { error?: string } }>;
    }>;
  const adminList = async () =>
    (
      await request(api.http)
        .get('/parked-work')
        .set('Authorization', `Bearer ${await api.token('ADMIN', 'admin-1')}`)
        .set('X-Purpose', 'data quality: worker health check')
        .expect(200)
    ).body as {
      total: number;
      items: { consumer: string; first: { eventType: string } }[];
    };

  /** The ADMIN's caseload (issue 11: parked work is "a task for an ADMIN on the caseload"). */
  const adminCaseload = async (status: 'open' | 'done') =>
    (
      await request(api.http)
        .get(`/caseload/tasks?status=${status}`)
        .set('Authorization', `Bearer ${await api.token('ADMIN', 'admin-1')}`)
        .set('X-Purpose', 'data quality: worker health check')
        .expect(200)
    ).body as {
      total: number;
      items: {
        taskId: string;
        kind: string;
        sentenceId: string | null;
        status: string;
        closedBecause: string | null;
        parkedWork: { consumer: string; eventType: string; streamId: string; errorClass: string } | null;
      }[];
    };

  it(
    'given a hearing in 2045, then it is planned on projected bank holidays, every other victim is told and nothing is parked',
    async () => {
      const farSentence = await vlo.recordSentence({ sentenceType: 'extended-determinate', lengthMonths: 96 });
      const waiting = await enrolledVictim(farSentence);
      const releasedSentence = await vlo.recordSentence();
      const released = await enrolledVictim(releasedSentence);

      expectStatus(
        await vlo.send('post', `/sentences/${farSentence}/milestones`, {
          milestoneId: randomUUID(),
          kind: 'parole-hearing-listed',
          date: TODAY,
          detail: { hearingDate: '2045-01-20', hearingType: 'oral' },
        }),
        201,
      );
      await release(releasedSentence);

      await eventually(
        async () => (await told(released, 'release-on-licence')) === 1,
        'the released victim told',
        60_000,
      );
      // Ten working days before Friday 20 January 2045, counted on projected days: Friday 6 January, 09:00 London (GMT).
      const notice = await eventually(
        async () => {
          const rows: { notification_id: string; due_at: Date; status: string }[] = await dataSource.query(
            "SELECT notification_id::text, due_at, status FROM notification_schedule WHERE victim_id = $1 AND stage = 'parole-hearing-upcoming'",
            [waiting],
          );
          return rows[0];
        },
        'the 2045 hearing notice scheduled',
        60_000,
      );
      expect(notice).toMatchObject({ status: 'scheduled', due_at: new Date('2045-01-06T09:00:00.000Z') });
      // Recorded as resting on projected days (the milestone's other notices, planned in the same plan, are marked too).
      const dependent: { notification_id: string }[] = await dataSource.query(
        'SELECT notification_id::text FROM notification_calendar_dependence WHERE victim_id = $1',
        [waiting],
      );
      expect(dependent.map((row) => row.notification_id)).toContain(notice.notification_id);

      const statuses = await consumers();
      for (const name of [
        'notification-planner',
        'notification-dispatcher',
        'erasure-completion',
        'case-timeline',
        'notification-schedule',
      ]) {
        expect(statuses).toContainEqual(expect.objectContaining({ name, parked: 0, stalled: false, activeHere: true }));
      }
      expect(statuses.every((s) => s.parked === 0)).toBe(true);
      expect((await adminList()).total).toBe(0);
      expect((await adminCaseload('open')).total).toBe(0);
    },
    TEST_LIMIT_MS,
  );

  it(
    "given the release notice sent above, then the worker's /metrics show its queue, the job's outcome and the notification sent, and nothing personal",
    async () => {
      const scrape = async () => (await fetch(`http://127.0.0.1:${operationsPort}/metrics`)).text();
      // The notification gauge reads the schedule read model, which records the send a moment after the outbox does.
      const text = await eventually(
        async () => {
          const scraped = await scrape();
          return (
            /^vcs_notifications\{channel="email",stage="release-on-licence",outcome="sent"\} [1-9]/m.test(scraped) &&
            scraped
          );
        },
        'the sent notification in the metrics',
        30_000,
      );
      expect(text).toMatch(/^vcs_queue_jobs\{queue="[a-z0-9:_-]+",state="[a-z]+"\} \d+$/m);
      expect(text).toMatch(
        /^vcs_queue_jobs_finished_total\{queue="[a-z0-9:_-]+",job="[a-z0-9:_-]+",outcome="completed"\} [1-9]/m,
      );
      expect(text).toMatch(/^vcs_consumer_lag_events\{consumer="notification-planner"\} \d+$/m);
      expect(text).toMatch(/^vcs_consumer_active\{consumer="notification-dispatcher"\} 1$/m);
      const ids: string[] = (
        await dataSource.query(
          'SELECT victim_id::text AS id FROM notification_schedule UNION SELECT notification_id::text FROM notification_schedule',
        )
      ).map((row: { id: string }) => row.id);
      for (const secret of [...PERSONAL_VALUES, ...ids]) expect(text).not.toContain(secret);
    },
    TEST_LIMIT_MS,
  );

  it(
    'given one victim whose history cannot be read, then the milestone is parked and visible, the others are told, and one retry after the repair tells that victim',
    async () => {
      const brokenSentence = await vlo.recordSentence();
      const broken = await enrolledVictim(brokenSentence);
      const otherSentence = await vlo.recordSentence();
      const other = await enrolledVictim(otherSentence);
      // Wait until the worker has planned past these victims' own events (their yearly-letter triggers read their history).
      await eventually(async () => (await consumers()).every((s) => s.lagEvents === 0), 'the worker caught up', 60_000);

      const repairDataKey = await damageDataKey(api, broken);
      await release(brokenSentence);
      await release(otherSentence);

      await eventually(async () => (await told(other, 'release-on-licence')) === 1, 'the other victim told', 60_000);
      await eventually(
        async () => (await consumers()).find((s) => s.name === 'notification-planner')?.parked === 1,
        'the milestone parked by the planner',
        60_000,
      );
      expect(await told(broken, 'release-on-licence')).toBe(0);
      const readiness = await workerReadiness();
      expect(readiness).toEqual({
        status: 'degraded',
        checks: expect.objectContaining({ consumerHealth: { status: 'degraded' } }),
      });
      expect((await workerHealthDetails()).components.consumerHealth.details.error).toContain(
        'notification-planner: 1 parked',
      );
      expect((await request(api.http).get('/health/ready').expect(200)).body.status).toBe('degraded');
      expect((await adminList()).items).toEqual([
        expect.objectContaining({
          consumer: 'notification-planner',
          first: expect.objectContaining({ eventType: 'SentenceMilestoneReached' }),
        }),
      ]);
      // …and as a task on the ADMIN's caseload: consumer, event type, stream, error class; nothing personal.
      const [task] = (await adminCaseload('open')).items;
      expect(task).toMatchObject({
        taskId: `parked-work:notification-planner:sentence-${brokenSentence}`,
        kind: 'parked-work',
        sentenceId: brokenSentence,
        status: 'open',
        parkedWork: {
          consumer: 'notification-planner',
          eventType: 'SentenceMilestoneReached',
          streamId: `sentence-${brokenSentence}`,
          errorClass: expect.stringMatching(/^[A-Za-z]+$/),
        },
      });
      expect((await adminCaseload('open')).total).toBe(1);
      for (const value of [VICTIM.email, VICTIM.fullName]) expect(JSON.stringify(task)).not.toContain(value);
      const errorLines = worker.output
        .join('')
        .split('\n')
        .filter((line) => line.includes('consumer parked an event'));
      expect(errorLines.length).toBeGreaterThan(0);
      expect(JSON.parse(errorLines[0])).toMatchObject({
        level: 'error',
        consumer: 'notification-planner',
        eventType: 'SentenceMilestoneReached',
      });
      for (const value of [VICTIM.email, VICTIM.fullName]) expect(worker.output.join('')).not.toContain(value);

      // Repaired; one command.
      await repairDataKey();
      const retry = spawnSync(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/retry-parked-work.ts'],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: api.database.url,
            LOG_LEVEL: 'silent',
            TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(retry.status).toBe(0);
      expect(retry.stdout).toContain('1 parked event(s) asked to be retried');

      await eventually(
        async () => (await told(broken, 'release-on-licence')) === 1,
        'the parked victim told after the retry',
        60_000,
      );
      await eventually(async () => (await consumers()).every((s) => s.parked === 0), 'nothing parked', 30_000);
      // The ADMIN's task closed with the retry that handled it, and is kept as done.
      expect((await adminCaseload('open')).total).toBe(0);
      expect((await adminCaseload('done')).items).toEqual([
        expect.objectContaining({ taskId: task.taskId, status: 'done', closedBecause: 'retried' }),
      ]);
      expect(
        (await api.store.readStream(victimStreamId(broken))).filter((e) => e.type === 'NotificationSent'),
      ).toHaveLength(1);
      expect(await told(other, 'release-on-licence')).toBe(1);
      await eventually(async () => (await workerReadiness()).status === 'ok', 'the worker ready again', 30_000);
    },
    TEST_LIMIT_MS,
  );
});
