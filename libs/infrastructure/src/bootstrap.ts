import { INestApplication, LogLevel, LoggerService } from '@nestjs/common';
import { Logger } from 'pino';

/** Routes Nest's own log lines into the JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}
  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
  setLogLevels(_levels: LogLevel[]): void {}
}

/** Stops cleanly on SIGTERM/SIGINT and logs (without crashing on) stray promise rejections. */
export function handleProcessSignals(app: INestApplication, log: Logger): void {
  app.enableShutdownHooks();
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason instanceof Error ? reason.message : String(reason) }, 'unhandled rejection'),
  );
}
