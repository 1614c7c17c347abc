import { RoutePolicy } from './route-policy';

export const VICTIMS_POLICY: RoutePolicy = {};
