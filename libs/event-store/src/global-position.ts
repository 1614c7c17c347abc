/**
 * A position in the whole history. EventStoreDB positions are (commit, prepare) pairs; the PostgreSQL
 * adapter uses (transaction id, sequence) so that readers never pass a transaction still in flight.
 * Positions order lexicographically; their string form is stable and is what checkpoints store.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function isAfter(a: GlobalPosition, b: GlobalPosition): boolean {
  return comparePositions(a, b) > 0;
}

export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}/${position.prepare}`;
}

const POSITION_PATTERN = /^(\d{1,20})\/(\d{1,20})$/;

export function parsePosition(text: string): GlobalPosition {
  const match = POSITION_PATTERN.exec(text);
  if (!match) throw new InvalidPositionError(text);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

export class InvalidPositionError extends Error {
  constructor(readonly text: string) {
    super(`"${text}" is not a position; a position is written "<commit>/<prepare>", e.g. "1042/17"`);
    this.name = 'InvalidPositionError';
  }
}
