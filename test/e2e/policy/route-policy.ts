import { Role } from '@vcs/security';

/** Route ("METHOD /path/:param") → the roles that may call it, or 'public'. */
export type RoutePolicy = Record<string, readonly Role[] | 'public'>;
