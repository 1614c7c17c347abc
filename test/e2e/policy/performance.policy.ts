import { RoutePolicy } from './route-policy';

// The managers' figures: counts per month for their own units' cases, no victim named. VLOs work their caseload;
// partners, the worker and administrators have no business with the unit's performance.
export const PERFORMANCE_POLICY: RoutePolicy = {
  'GET /performance/first-contact': ['VLO_MANAGER'],
  'GET /performance/referrals': ['VLO_MANAGER'],
  'GET /performance/decision-notices': ['VLO_MANAGER'],
  'GET /performance/letters': ['VLO_MANAGER'],
  'GET /performance/notifications': ['VLO_MANAGER'],
};
