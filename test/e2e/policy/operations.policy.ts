import { RoutePolicy } from './route-policy';

// Operations (docs/ARCHITECTURE.md, "Parked work"): what the worker's consumers parked, and its retry. Administrators
// only (the list names victims' streams, so it needs X-Purpose and is audited); the worker itself never calls these.
// The detailed health (each consumer's figures, each component's error) carries no personal data: ADMIN, no X-Purpose.
export const OPERATIONS_POLICY: RoutePolicy = {
  'GET /operations/health': ['ADMIN'],
  'GET /parked-work': ['ADMIN'],
  'POST /parked-work/retry': ['ADMIN'],
};
