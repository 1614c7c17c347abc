import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type VictimCase = Schemas['VictimCaseResponse'];
export type TimelineEntry = Schemas['TimelineEntryResponse'];
export type SentenceView = Schemas['SentenceViewResponse'];
export type LetterSummary = Schemas['LetterSummaryResponse'];

export interface CasePage {
  readonly victim: VictimCase;
  readonly sentences: readonly SentenceView[];
  readonly timeline: readonly TimelineEntry[];
  readonly letters: readonly LetterSummary[];
  /** The rights explained to the victim, newest first, in the API's words (the requests are on the case view). */
  readonly rightsExplained: readonly TimelineEntry[];
}

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
function withLatestRevision(victim: VictimCase, newestFirst: readonly TimelineEntry[]): VictimCase {
  const stream = `victim-${victim.victimId}`;
  const latest = newestFirst
    .filter((entry) => entry.stream === stream)
    .reduce(
      (most, entry) => (BigInt(entry.streamRevision) > most ? BigInt(entry.streamRevision) : most),
      BigInt(victim.revision),
    );
  return { ...victim, revision: latest.toString() };
}

/**
 * Everything the case page shows: the case, its sentences' key stages, the timeline (newest first) and the letters.
 * One timeline read serves both the page and the case's latest revision (it was read twice, 20 entries then 100), and
 * the letters are read beside it and the case; only the sentences wait for the case (they need its sentence ids).
 */
export async function casePage(api: ApiClient, victimId: string, minPosition?: string): Promise<CasePage> {
  const [victim, timeline, letters] = await Promise.all([
    api.GET('/victims/{victimId}', { params: { path: { victimId }, query: fresh(minPosition) } }).then(unwrap),
    api
      .GET('/victims/{victimId}/timeline', {
        params: { path: { victimId }, query: { order: 'desc', pageSize: 100, ...fresh(minPosition) } },
      })
      .then(unwrap),
    api
      .GET('/victims/{victimId}/letters', {
        params: { path: { victimId }, query: { pageSize: 100, ...fresh(minPosition) } },
      })
      .then(unwrap),
  ]);
  const sentences = await Promise.all(
    victim.sentences.map((sentence) =>
      api.GET('/sentences/{sentenceId}', { params: { path: { sentenceId: sentence.sentenceId } } }).then(unwrap),
    ),
  );
  return {
    victim: withLatestRevision(victim, timeline.items),
    sentences,
    timeline: timeline.items,
    letters: letters.items,
    rightsExplained: timeline.items.filter((entry) => entry.eventType === 'VictimRightExplained'),
  };
}

/** What happened to the case after the revision the user's page was loaded at (for the conflict page). */
export async function changesSince(api: ApiClient, victimId: string, revision: string): Promise<TimelineEntry[]> {
  const timeline = await api
    .GET('/victims/{victimId}/timeline', { params: { path: { victimId }, query: { order: 'desc', pageSize: 50 } } })
    .then(unwrap);
  const stream = `victim-${victimId}`;
  return timeline.items.filter((entry) => entry.stream === stream && BigInt(entry.streamRevision) > BigInt(revision));
}
