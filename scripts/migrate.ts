// `npm run migrate`: applies pending migrations to DATABASE_URL (the service also does this at start-up).
import 'reflect-metadata';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { createDataSource, migrate } from '@vcs/read-models';

async function main(): Promise<void> {
  const env = loadEnvironmentOrExit();
  const log = createLogger({ level: env.LOG_LEVEL, service: 'migrate' });
  const dataSource = createDataSource(env.DATABASE_URL, { poolSize: 2 });
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource);
    log.info({ applied }, applied.length ? 'migrations applied' : 'database already up to date');
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
