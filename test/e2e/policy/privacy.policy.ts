import { RoutePolicy } from './route-policy';

// Privacy (docs/privacy.md): erasure, retention reviews and decisions, subject access exports. Administrators only,
// and every one of these routes needs X-Purpose. VLOs, managers and partners never erase, decide retention or export
// a victim's whole record; the worker records closures and raises reviews through the event store, not over HTTP.
export const PRIVACY_POLICY: RoutePolicy = {
  'POST /victims/:victimId/erasure': ['ADMIN'],
  'POST /victims/:victimId/retention-decision': ['ADMIN'],
  'GET /retention-reviews': ['ADMIN'],
  'GET /victims/:victimId/subject-access-export': ['ADMIN'],
  'GET /victims/:victimId/subject-access-export.pdf': ['ADMIN'],
  // What an administrator sees of a record (status, closure, erasure, open review) before acting on it.
  'GET /victims/:victimId/record': ['ADMIN'],
};
