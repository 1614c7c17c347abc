import { InvalidVictimIdError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isVictimId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The canonical (lower-case) form of a victim id, as PostgreSQL returns uuids; throws if it is not a UUID. */
export function normaliseVictimId(value: unknown): string {
  if (!isVictimId(value)) throw new InvalidVictimIdError(value);
  return value.toLowerCase();
}
