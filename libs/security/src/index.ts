export * from './auth/auth.guard';
export * from './auth/authenticated-user';
export * from './auth/current-actor.decorator';
export * from './auth/role';
export * from './auth/roles.decorator';
export * from './auth/token-minter';
export * from './auth/token-verifier';
export * from './personal-data';
