import { Role } from './role';

/** The caller, from a verified bearer token. `role` is the one role this request acts in. */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** Probation region of a victim liaison officer or manager, when the identity provider states one. */
  readonly region?: string;
}
