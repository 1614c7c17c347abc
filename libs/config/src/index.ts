export * from './environment';
export * from './logger';
export * from './request-context';
