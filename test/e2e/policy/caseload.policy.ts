import { RoutePolicy } from './route-policy';

// The caseload is the VLOs' and their managers' worklist. A VLO may list any officer's tasks (cover, handover) but
// sees only their own summary figures (enforced in the handler: 403 for groupBy=region or another vloId).
// An administrator's caseload is the work the worker's consumers parked (parked-work tasks, issue 11), never case work.
// Partners and the worker have no business with it.
export const CASELOAD_POLICY: RoutePolicy = {
  'GET /caseload/tasks': ['VLO', 'VLO_MANAGER', 'ADMIN'],
  'GET /caseload/summary': ['VLO', 'VLO_MANAGER'],
};
