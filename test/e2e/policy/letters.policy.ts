import { RoutePolicy } from './route-policy';

// Letters carry the victim's name and address: only victim liaison officers and their managers handle them. A VLO
// drafts, edits and submits; only a manager approves or returns, and never a letter they wrote or edited (four eyes,
// enforced by the domain). Managers may also draft (cover for absent officers). Partners, the worker and
// administrators have no business with letters; the delivery worker renders approved letters in-process.
export const LETTERS_POLICY: RoutePolicy = {
  'POST /victims/:victimId/letters': ['VLO', 'VLO_MANAGER'],
  'PUT /victims/:victimId/letters/:letterId': ['VLO', 'VLO_MANAGER'],
  'POST /victims/:victimId/letters/:letterId/submission': ['VLO', 'VLO_MANAGER'],
  'POST /victims/:victimId/letters/:letterId/approval': ['VLO_MANAGER'],
  'POST /victims/:victimId/letters/:letterId/return': ['VLO_MANAGER'],
  'GET /victims/:victimId/letters': ['VLO', 'VLO_MANAGER'],
  'GET /victims/:victimId/letters-to-draft': ['VLO', 'VLO_MANAGER'],
  'GET /victims/:victimId/letters/:letterId': ['VLO', 'VLO_MANAGER'],
  'GET /victims/:victimId/letters/:letterId/pdf': ['VLO', 'VLO_MANAGER'],
  'GET /letters/review-queue': ['VLO_MANAGER'],
  'GET /letters/in-progress': ['VLO', 'VLO_MANAGER'],
};
