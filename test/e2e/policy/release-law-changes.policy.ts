import { RoutePolicy } from './route-policy';

/** Release dates moved by a change in the law (issue 17): managers and administrators record, every VLO may look. */
export const RELEASE_LAW_CHANGES_POLICY: RoutePolicy = {
  'PUT /release-law-changes/recalculations/:recalculationId': ['VLO_MANAGER', 'ADMIN'],
  'GET /release-law-changes/recalculations/:recalculationId': ['VLO', 'VLO_MANAGER', 'ADMIN'],
};
