import { Agency } from '@vcs/domain';
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
  /** The agency a partner works for (the `agency` claim), when the token names one: MAPPA partners read the meetings it attended. */
  readonly agency?: Agency;
  /** The person's name (the token's name claim), for colleagues to read instead of the user id; absent when not given. */
  readonly name?: string;
}
