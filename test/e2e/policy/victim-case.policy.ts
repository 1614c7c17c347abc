import { RoutePolicy } from './route-policy';

// The case view carries the victim's contact details: victim liaison officers and their managers only. Partner
// agencies read representations elsewhere; administrators are not admitted (subject access is a separate export).
const VLO_AND_MANAGER = ['VLO', 'VLO_MANAGER'] as const;

export const VICTIM_CASE_POLICY: RoutePolicy = {
  'GET /victims': VLO_AND_MANAGER,
  'GET /victims/:victimId': VLO_AND_MANAGER,
  'GET /victims/:victimId/timeline': VLO_AND_MANAGER,
};
