import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadEnvironmentOrExit } from '@vcs/config';
import { handleProcessSignals, PinoNestLogger } from '@vcs/infrastructure';
import { ApiModule } from './api.module';
import { configureHttp } from './http/configure-http';

async function bootstrap(): Promise<void> {
  const environment = loadEnvironmentOrExit();
  const log = createLogger({ level: environment.LOG_LEVEL, service: 'api' });
  const app = await NestFactory.create(ApiModule.register(environment, log), {
    logger: new PinoNestLogger(log),
    bodyParser: false,
  });
  configureHttp(app, environment, log);
  handleProcessSignals(app, log);
  await app.listen(environment.PORT, environment.HOST);
  log.info({ host: environment.HOST, port: environment.PORT, eventStore: environment.EVENT_STORE }, 'api listening');
}

void bootstrap().catch((error: unknown) => {
  process.stderr.write(`api failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
