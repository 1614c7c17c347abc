export * from './environment';
export * from './logger';
export * from './project-root';
export * from './request-context';
