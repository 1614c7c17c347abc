import { Role } from './role';

/** The caller, from a verified bearer token. */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly roles: readonly Role[];
  /**
   * The victim liaison units the person works in (unit codes: the probation regions, see VLO_UNITS), plus
   * `national` for an administrator who acts for every unit. Empty: no victim's case is reachable.
   */
  readonly units: readonly string[];
}
