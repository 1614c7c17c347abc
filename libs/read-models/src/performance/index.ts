export * from './performance.area';
export * from './performance-figures.projection';
export { sameWorkingDayDeadline } from './performance-figures.facts';
