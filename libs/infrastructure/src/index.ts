export * from './event-store.factory';
export * from './health/health-check';
export * from './health/health.controller';
export * from './platform.module';
export * from './redis.factory';
export * from './tokens';
export * from './bootstrap';
export * from './upcasting-event-store';
