import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const ROLES_KEY = 'vcs:roles';
export const PUBLIC_KEY = 'vcs:public';

/** The roles that may call this route. Routes without it (and without @Public) refuse everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a token (health checks, API docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
