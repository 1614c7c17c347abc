import { RoutePolicy } from './route-policy';

export const SENTENCE_PARTNER_POLICY: RoutePolicy = {};
