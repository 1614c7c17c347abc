import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type Letter = Schemas['LetterResponse'];
export type ReviewQueueItem = Schemas['ReviewQueueItemResponse'];

export async function letter(
  api: ApiClient,
  victimId: string,
  letterId: string,
  minPosition?: string,
): Promise<Letter> {
  return api
    .GET('/victims/{victimId}/letters/{letterId}', {
      params: { path: { victimId, letterId }, query: minPosition ? { minPosition } : {} },
    })
    .then(unwrap);
}

/** The letter as the victim would receive it (PDF bytes), for the preview; marked as a draft until a manager approves it. */
export async function letterPdf(api: ApiClient, victimId: string, letterId: string): Promise<Buffer> {
  const result = await api.GET('/victims/{victimId}/letters/{letterId}/pdf', {
    params: { path: { victimId, letterId }, query: { preview: 'true' } },
    parseAs: 'arrayBuffer',
  });
  return Buffer.from(unwrap(result as { data?: ArrayBuffer; error?: unknown; response: Response }));
}

/** A letter waiting for approval with what tells it apart: whose it is (name and case reference) beside the workflow. */
export interface ReviewQueueRow extends ReviewQueueItem {
  readonly victimName: string | null;
  readonly caseReference: string | null;
}

/**
 * Letters waiting for a manager's approval in the manager's units, oldest first, each with its victim's name and case
 * reference (one list call for the page's victims: names stay on the page, never in a URL).
 */
export async function reviewQueue(api: ApiClient): Promise<ReviewQueueRow[]> {
  const { items } = await api.GET('/letters/review-queue', { params: { query: { pageSize: 100 } } }).then(unwrap);
  const victimIds = [...new Set(items.map((item) => item.victimId))];
  const victims =
    victimIds.length === 0
      ? []
      : (
          await api
            .GET('/victims', { params: { query: { victimIds: victimIds.join(','), pageSize: 100 } } })
            .then(unwrap)
        ).items;
  const byId = new Map(victims.map((victim) => [victim.victimId, victim]));
  return items.map((item) => {
    const victim = byId.get(item.victimId);
    return {
      ...item,
      victimName: victim?.fullName ?? null,
      caseReference: victim?.sentences.find((sentence) => sentence.reference !== null)?.reference ?? null,
    };
  });
}

/** A message the local outbox holds (the outbox answer has no schema in the OpenAPI document yet). */
export interface SentMessage {
  readonly id: string;
  readonly victimId: string;
  readonly channel: string;
  readonly stage: string;
  readonly subject: string | null;
  readonly status: string;
  readonly createdAt: string;
}

/** What the service has sent (the local outbox, newest first). */
export async function sentMessages(api: ApiClient, victimId?: string): Promise<SentMessage[]> {
  const result = await api.GET('/outbox', { params: { query: { pageSize: 50, victimId } } });
  const page = unwrap(result as { data?: { items?: SentMessage[] }; error?: unknown; response: Response });
  return page.items ?? [];
}
