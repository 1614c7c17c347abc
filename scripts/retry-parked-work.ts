// `npm run consumers:retry [consumer]`: asks the worker to retry the work its consumers parked (every consumer, or the
// one named), after the cause is fixed. The active instance of each consumer replays its parked streams in order within
// a few seconds; one that fails again stays parked. `--list` shows what is parked instead. No personal data is printed.
import 'reflect-metadata';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { formatPosition } from '@vcs/event-store';
import { createDataSource, parkedWork } from '@vcs/read-models';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const consumer = args.find((arg) => !arg.startsWith('--'));
  const env = loadEnvironmentOrExit();
  const log = createLogger({ level: env.LOG_LEVEL, service: 'consumers-retry' });
  const dataSource = createDataSource(env.DATABASE_URL, { poolSize: 1 });
  await dataSource.initialize();
  try {
    if (list) {
      for (const parked of await parkedWork.list(dataSource, consumer)) {
        process.stdout.write(
          `${parked.consumer}\t${parked.streamId}\t${parked.eventType}\t${parked.eventId}\t${formatPosition(parked.position)}\t${parked.reason}\t${parked.error}\n`,
        );
      }
      return;
    }
    const retryRequested = await parkedWork.requestRetry(dataSource, consumer);
    log.info(
      { consumer: consumer ?? 'every consumer', retryRequested },
      retryRequested ? 'retry of parked work requested' : 'nothing parked',
    );
    process.stdout.write(`${retryRequested} parked event(s) asked to be retried${consumer ? ` by ${consumer}` : ''}\n`);
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`retry failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
