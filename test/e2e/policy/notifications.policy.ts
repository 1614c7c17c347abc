import { RoutePolicy } from './route-policy';

// The local outbox holds what was "sent" to victims (recipients and text): VLOs and their managers check letters and
// messages went out; administrators read it to support the service (with X-Purpose, audited). Partners and the
// worker never read it.
export const NOTIFICATIONS_POLICY: RoutePolicy = {
  'GET /outbox': ['VLO', 'VLO_MANAGER', 'ADMIN'],
};
