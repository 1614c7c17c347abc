export * from './test-database';
export * from './test-environment';
export * from './api-harness';
export * from './data-keys';
