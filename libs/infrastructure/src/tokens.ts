/** Injection tokens for what both apps share. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');
export const LOGGER = Symbol('LOGGER');
export const REDIS = Symbol('REDIS');
