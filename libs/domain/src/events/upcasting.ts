import { EVENT_SCHEMA_VERSIONS } from './schema-versions';
import { SENTENCE_MILESTONE_REACHED_V1 } from './upcasters/sentence-milestone-reached.v1';

type Data = Readonly<Record<string, unknown>>;

/**
 * Turns one stored version of an event type into the next. Stored events are never rewritten: every reader (deciders
 * folding a stream, projections, the notification worker) gets the current shape through these, in order.
 */
export interface EventUpcaster {
  readonly type: string;
  /** The version this upcaster reads; it produces `fromVersion + 1`. */
  readonly fromVersion: number;
  /** Changes the event's data outside `personal` (which it must not read: it may still be encrypted). */
  upcastData?(data: Data): Record<string, unknown>;
  /**
   * Changes the decrypted `personal` part. Skipped for readers that see it still encrypted: those readers (projections
   * with `readsPersonalData: false`) never read it, by contract.
   */
  upcastPersonal?(personal: Data): Record<string, unknown>;
}

/** Every upcaster the service knows, one per (type, version) below the current one (see EVENT_SCHEMA_VERSIONS). */
export const EVENT_UPCASTERS: readonly EventUpcaster[] = [SENTENCE_MILESTONE_REACHED_V1];

export class UnknownSchemaVersionError extends Error {
  constructor(type: string, version: number, current: number) {
    super(
      version > current
        ? `${type} version ${version} was written by a newer release than this one (which knows up to version ${current}); deploy the newer release everywhere before reading it`
        : `${type} version ${version} has no upcaster to version ${version + 1}`,
    );
    this.name = 'UnknownSchemaVersionError';
  }
}

export interface UpcastOptions {
  /** Whether `data.personal` is decrypted (plain object) for this reader. */
  readonly personalReadable: boolean;
  readonly upcasters?: readonly EventUpcaster[];
  readonly currentVersions?: Readonly<Record<string, number>>;
}

/**
 * The event's data in the current version of its type. Types the service does not know pass through unchanged
 * (the store is shared with tests' own event types); a version newer than this release knows is refused.
 */
export function upcastEventData(
  type: string,
  version: number,
  data: unknown,
  options: UpcastOptions,
): { data: unknown; version: number } {
  const current = (options.currentVersions ?? EVENT_SCHEMA_VERSIONS)[type as keyof typeof EVENT_SCHEMA_VERSIONS] as
    number | undefined;
  if (current === undefined || version === current) return { data, version };
  if (version > current) throw new UnknownSchemaVersionError(type, version, current);
  const upcasters = options.upcasters ?? EVENT_UPCASTERS;
  let result = data as Record<string, unknown>;
  for (let from = version; from < current; from++) {
    const upcaster = upcasters.find((u) => u.type === type && u.fromVersion === from);
    if (!upcaster) throw new UnknownSchemaVersionError(type, from, current);
    const { personal, ...rest } = result;
    const upcastRest = upcaster.upcastData ? upcaster.upcastData(rest) : rest;
    const upcastPersonal =
      personal !== undefined && personal !== null && upcaster.upcastPersonal && options.personalReadable
        ? upcaster.upcastPersonal(personal as Data)
        : personal;
    result = upcastPersonal === undefined ? upcastRest : { ...upcastRest, personal: upcastPersonal };
  }
  return { data: result, version: current };
}

/** Problems with a set of upcasters: a gap or a duplicate in some type's chain from version 1 to its current one. */
export function upcasterChainProblems(
  upcasters: readonly EventUpcaster[] = EVENT_UPCASTERS,
  currentVersions: Readonly<Record<string, number>> = EVENT_SCHEMA_VERSIONS,
): string[] {
  const problems: string[] = [];
  for (const [type, current] of Object.entries(currentVersions)) {
    for (let from = 1; from < current; from++) {
      const found = upcasters.filter((u) => u.type === type && u.fromVersion === from).length;
      if (found !== 1) problems.push(`${type}: ${found === 0 ? 'no' : `${found}`} upcaster(s) from version ${from}`);
    }
  }
  for (const u of upcasters) {
    const current = currentVersions[u.type];
    if (current === undefined || u.fromVersion < 1 || u.fromVersion >= current)
      problems.push(`${u.type}: upcaster from version ${u.fromVersion} is outside 1..${(current ?? 1) - 1}`);
  }
  return problems;
}
