export * from './event-store.port';
export * from './global-position';
export * from './wrong-expected-revision.error';
export * from './postgres/postgres-event-store';
export * from './postgres/event-store.schema';
export * from './postgres/migrations/1763900000000-create-event-store';
export * from './eventstoredb/eventstoredb-event-store';
export * from './duplicate-event-id.error';
