import { RoutePolicy } from './route-policy';

export const SENTENCES_POLICY: RoutePolicy = {
  'POST /sentences': ['VLO', 'VLO_MANAGER'],
};
