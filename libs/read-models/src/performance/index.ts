export * from './performance.area';
export * from './performance-figures.projection';
