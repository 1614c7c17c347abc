import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { comparePositions, formatPosition, PostgresEventStore } from '@vcs/event-store';
import { anEvent, newStreamId } from '@vcs/event-store/testing';
import { createDataSource } from '@vcs/read-models';
import { createTestDatabase, TestDatabase } from '@vcs/test-support';
import { DataSource } from 'typeorm';
import { Projector } from './projector';
import { TallyProjection } from './testing/tally.projection';

const ROOT = join(__dirname, '../../../..');

function startProjectorProcess(databaseUrl: string): ChildProcess {
  return fork(join(__dirname, 'testing/run-tally-projector.ts'), [], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
      TS_NODE_TRANSPILE_ONLY: 'true',
    },
    execArgv: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

async function until(predicate: () => Promise<boolean>, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('projector: killed mid-stream and restarted', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.url, { poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(TallyProjection.createTablesSql('crash') + TallyProjection.createTablesSql('clean'));
    store = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 100 });
  });

  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await database.drop();
  });

  const eventsApplied = async (projection: string): Promise<number> => {
    const rows: { events_applied: string }[] = await dataSource.query(
      'SELECT events_applied FROM projection_checkpoints WHERE projection = $1',
      [projection],
    );
    return rows.length ? Number(rows[0].events_applied) : 0;
  };

  const appendHistory = async (streams: string[], appendsPerStream: number) => {
    await Promise.all(
      streams.map(async (streamId) => {
        for (let i = 0; i < appendsPerStream; i++) {
          await store.appendToStream(
            streamId,
            Array.from({ length: 10 }, (_, n) => anEvent(`Step${n}`, { i, n })),
            'any',
          );
        }
      }),
    );
  };

  it('ends with the same read model as one clean run: nothing skipped, nothing applied twice', async () => {
    const streams = Array.from({ length: 20 }, () => newStreamId('victim'));
    await appendHistory(streams, 10); // 2,000 events before the projector starts

    const first = startProjectorProcess(database.url);
    await until(async () => (await eventsApplied('tally-crash')) >= 400, 'the first process to get going');
    const moreWrites = appendHistory(streams, 5); // 1,000 more while it runs and dies
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const appliedAtKill = await eventsApplied('tally-crash');
    await moreWrites;
    const total = 3000;
    expect(appliedAtKill).toBeLessThan(total);

    const second = startProjectorProcess(database.url);
    try {
      // A new process compiles the projector before it reads: on a loaded two-core machine that alone took over a minute.
      await until(
        async () => (await eventsApplied('tally-crash')) >= total,
        'the restarted process to catch up',
        180_000,
      );
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }

    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const clean = new Projector(dataSource, store, new TallyProjection('tally-clean', 'clean'), {
      batchSize: 100,
      retryMs: 100,
      log: silent,
    });
    clean.start();
    await until(async () => (await eventsApplied('tally-clean')) >= total, 'the clean run');
    await clean.stop();

    const [{ logged, distinct }] = await dataSource.query(
      'SELECT count(*)::int AS logged, count(DISTINCT event_id)::int AS distinct FROM crash_log',
    );
    expect({ logged, distinct }).toEqual({ logged: total, distinct: total });
    const crashed = await dataSource.query('SELECT * FROM crash_tally ORDER BY stream_id');
    const cleanRun = await dataSource.query('SELECT * FROM clean_tally ORDER BY stream_id');
    expect(crashed).toEqual(cleanRun);
    const crashedOrder = await dataSource.query('SELECT event_id, position FROM crash_log');
    const cleanOrder = await dataSource.query('SELECT event_id, position FROM clean_log');
    expect(crashedOrder).toEqual(cleanOrder);
    const head = await store.headPosition();
    const checkpoints: { projection: string; commit_position: string; prepare_position: string }[] =
      await dataSource.query(
        'SELECT projection, commit_position::text, prepare_position::text FROM projection_checkpoints ORDER BY projection',
      );
    for (const row of checkpoints) {
      const position = { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
      expect(formatPosition(position)).toBe(formatPosition(head!));
      expect(comparePositions(position, head!)).toBe(0);
    }
  }, 400_000); // three processes' worth of catching up; each wait above has its own progress deadline
});
