import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { hardenHttp, handleProcessSignals, PinoNestLogger, PlainProblemFilter } from '@vcs/infrastructure';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const environment = loadEnvironmentOrExit();
  const log = createLogger({ level: environment.LOG_LEVEL, service: 'worker' });
  // The worker serves only its health endpoints, for the orchestrator: no route takes a body, so none is parsed.
  const app = await NestFactory.create(WorkerModule.register(environment, log), {
    logger: new PinoNestLogger(log),
    bodyParser: false,
  });
  hardenHttp(app);
  app.useGlobalFilters(new PlainProblemFilter(log));
  handleProcessSignals(app, log);
  await app.listen(environment.WORKER_PORT, environment.HOST);
  log.info({ port: environment.WORKER_PORT, eventStore: environment.EVENT_STORE }, 'worker running');
}

void bootstrap().catch((error: unknown) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
