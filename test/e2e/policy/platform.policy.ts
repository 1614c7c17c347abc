import { RoutePolicy } from './route-policy';

export const PLATFORM_POLICY: RoutePolicy = {
  'GET /health': 'public',
  'GET /health/ping': 'public',
  'GET /health/liveness': 'public',
  'GET /health/readiness': 'public',
  'GET /info': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /access-audit': ['ADMIN', 'VLO_MANAGER'],
};
