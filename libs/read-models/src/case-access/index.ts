export * from './case-access.projection';
export * from './case-access.area';
