export * from './notification-schedule.area';
export * from './notification-schedule.entities';
export * from './notification-schedule.projection';
export * from './schedule-status';
