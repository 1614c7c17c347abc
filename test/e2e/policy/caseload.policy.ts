import { RoutePolicy } from './route-policy';

export const CASELOAD_POLICY: RoutePolicy = {};
