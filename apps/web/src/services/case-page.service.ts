import { ApiClient, unwrap } from '../data/api-client';
import { representationsOnSentences, theVictimsOwn, VictimRepresentation } from './representations.service';
import { LetterSummary, SentenceView, TimelineEntry, VictimCase, withLatestRevision } from './victim-case.service';

export interface CasePage {
  readonly victim: VictimCase;
  readonly sentences: readonly SentenceView[];
  readonly timeline: readonly TimelineEntry[];
  readonly letters: readonly LetterSummary[];
  /** The rights explained to the victim, newest first, in the API's words (the requests are on the case view). */
  readonly rightsExplained: readonly TimelineEntry[];
  /** The victim's representations on their sentences, newest first. */
  readonly representations: readonly VictimRepresentation[];
}

/** Waits for the read models to include the caller's own change when a position is given (after a command). */
const fresh = (minPosition: string | undefined) => (minPosition ? { minPosition } : {});

/**
 * Everything the case page shows, in two rounds of reads side by side: the case, the timeline (newest first, which also
 * gives the case's latest revision) and the letters; then, with the case's sentence ids, each sentence's key stages and
 * each sentence's representations together (the representations were read only after the sentences, a third round).
 * Any refusal (a case out of reach is 404) refuses the page.
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
  const sentenceIds = victim.sentences.map((sentence) => sentence.sentenceId);
  const [sentences, onSentences] = await Promise.all([
    Promise.all(
      sentenceIds.map((sentenceId) =>
        api.GET('/sentences/{sentenceId}', { params: { path: { sentenceId } } }).then(unwrap),
      ),
    ),
    representationsOnSentences(api, sentenceIds, minPosition),
  ]);
  return {
    victim: withLatestRevision(victim, timeline.items),
    sentences,
    timeline: timeline.items,
    letters: letters.items,
    rightsExplained: timeline.items.filter((entry) => entry.eventType === 'VictimRightExplained'),
    representations: theVictimsOwn(victim.victimId, sentences, onSentences),
  };
}
