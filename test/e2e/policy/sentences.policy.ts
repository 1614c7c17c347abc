import { RoutePolicy } from './route-policy';

export const SENTENCES_POLICY: RoutePolicy = {
  'POST /sentences': ['VLO', 'VLO_MANAGER'],
  'POST /sentences/:sentenceId/milestones': ['VLO', 'VLO_MANAGER'],
  'POST /sentences/:sentenceId/inter-agency-meetings': ['VLO', 'VLO_MANAGER'],
};
