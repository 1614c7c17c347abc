import { ReadModelArea } from '../read-model-area';
import { CreateNotificationSchedule1763906100000 } from './migrations/1763906100000-create-notification-schedule';
import { CreateNotificationDelivery1763906101000 } from './migrations/1763906101000-create-notification-delivery';
import { CreateCalendarDependence1765101200000 } from './migrations/1765101200000-create-calendar-dependence';
import { NOTIFICATION_SCHEDULE_ENTITIES } from './notification-schedule.entities';
import { NotificationScheduleProjection } from './notification-schedule.projection';

/**
 * The notification schedule (docs/notifications.md). Its migrations also create the delivery tables that are not
 * read models (notification_attempts, notification_outbox, and the planner's notification_calendar_dependence and
 * calendar_replans): they belong to the notification worker and are never
 * rebuilt, so no projection lists them.
 */
export const NOTIFICATION_SCHEDULE_AREA: ReadModelArea = {
  name: 'notification-schedule',
  entities: NOTIFICATION_SCHEDULE_ENTITIES,
  migrations: [
    CreateNotificationSchedule1763906100000,
    CreateNotificationDelivery1763906101000,
    CreateCalendarDependence1765101200000,
  ],
  projections: () => [new NotificationScheduleProjection()],
};

export const NOTIFICATION_SCHEDULE_PROJECTION = NotificationScheduleProjection.NAME;
