import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type VictimCase = Schemas['VictimCaseResponse'];
export type TimelineEntry = Schemas['TimelineEntryResponse'];
export type SentenceView = Schemas['SentenceViewResponse'];
export type LetterSummary = Schemas['LetterSummaryResponse'];

/** Waits for the read models to include the caller's own change when a position is given (after a command). */
const fresh = (minPosition: string | undefined) => (minPosition ? { minPosition } : {});

/**
 * The case, its revision made the latest the read side knows of: the case view does not move its revision for every
 * event on the victim's stream (notifications), the timeline does, and a stale revision would make every If-Match fail.
 */
export async function victimCase(api: ApiClient, victimId: string, minPosition?: string): Promise<VictimCase> {
  const [victim, timeline] = await Promise.all([
    api.GET('/victims/{victimId}', { params: { path: { victimId }, query: fresh(minPosition) } }).then(unwrap),
    api
      .GET('/victims/{victimId}/timeline', {
        params: { path: { victimId }, query: { order: 'desc', pageSize: 20, ...fresh(minPosition) } },
      })
      .then(unwrap),
  ]);
  return withLatestRevision(victim, timeline.items);
}

/** The case with the highest revision of its own stream that the newest timeline entries show. */
export function withLatestRevision(victim: VictimCase, newestFirst: readonly TimelineEntry[]): VictimCase {
  const stream = `victim-${victim.victimId}`;
  const latest = newestFirst
    .filter((entry) => entry.stream === stream)
    .reduce(
      (most, entry) => (BigInt(entry.streamRevision) > most ? BigInt(entry.streamRevision) : most),
      BigInt(victim.revision),
    );
  return { ...victim, revision: latest.toString() };
}

/** What happened to the case after the revision the user's page was loaded at (for the conflict page). */
export async function changesSince(api: ApiClient, victimId: string, revision: string): Promise<TimelineEntry[]> {
  const timeline = await api
    .GET('/victims/{victimId}/timeline', { params: { path: { victimId }, query: { order: 'desc', pageSize: 50 } } })
    .then(unwrap);
  const stream = `victim-${victimId}`;
  return timeline.items.filter((entry) => entry.stream === stream && BigInt(entry.streamRevision) > BigInt(revision));
}
