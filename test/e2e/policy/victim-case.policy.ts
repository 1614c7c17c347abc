import { RoutePolicy } from './route-policy';

export const VICTIM_CASE_POLICY: RoutePolicy = {};
