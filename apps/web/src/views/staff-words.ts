/** Said of a member of staff the staff directory has no name for (never signed in with one, or no longer there). */
export const NAME_NOT_KNOWN = 'Name not known';

/**
 * A member of staff as a person reads them: the name the API gave beside their id. Without one, "Name not known";
 * where rows must be told apart (a table of officers, grants to people), their user id marked as such, the one place
 * the id helps.
 */
export function staffName(name: unknown, userId?: unknown): string {
  if (typeof name === 'string' && name !== '') return name;
  return typeof userId === 'string' && userId !== '' ? `${userId} (name not known)` : NAME_NOT_KNOWN;
}
