import { RoutePolicy } from './route-policy';

// Units and cross-unit grants: managers only. Transfer: a manager of the unit holding the case or of the unit
// taking it; grant and revoke: a manager of the unit holding it; the list: managers of either unit. The officers of a
// unit, to allocate its cases to: managers of that unit.
export const CASE_ACCESS_POLICY: RoutePolicy = {
  'POST /victims/:victimId/transfer': ['VLO_MANAGER'],
  'POST /victims/:victimId/access-grants': ['VLO_MANAGER'],
  'POST /victims/:victimId/access-grants/:grantId/revocation': ['VLO_MANAGER'],
  'GET /access-grants': ['VLO_MANAGER'],
  'GET /staff/officers': ['VLO_MANAGER'],
};
