import { RoutePolicy } from './route-policy';

// Operations (docs/ARCHITECTURE.md, "Parked work"): what the worker's consumers parked, and its retry. Administrators
// only (the list names victims' streams, so it needs X-Purpose and is audited); the worker itself never calls these.
export const OPERATIONS_POLICY: RoutePolicy = {
  'GET /parked-work': ['ADMIN'],
  'POST /parked-work/retry': ['ADMIN'],
};
