import { RoutePolicy } from './route-policy';

// The caseload is the VLOs' and their managers' worklist. A VLO may list any officer's tasks (cover, handover) but
// sees only their own summary figures (enforced in the handler: 403 for groupBy=region or another vloId).
// Partners, the worker and administrators have no business with it.
export const CASELOAD_POLICY: RoutePolicy = {
  'GET /caseload/tasks': ['VLO', 'VLO_MANAGER'],
  'GET /caseload/summary': ['VLO', 'VLO_MANAGER'],
};
