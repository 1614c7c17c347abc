// The notification schedule read model's names, in one place (the area lives in libs/read-models).
export { NOTIFICATION_SCHEDULE_PROJECTION } from '../../../../libs/read-models/src/notification-schedule/notification-schedule.area';
