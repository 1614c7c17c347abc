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

/** Letters waiting for a manager's approval in the manager's units. */
export async function reviewQueue(api: ApiClient): Promise<ReviewQueueItem[]> {
  return (await api.GET('/letters/review-queue', { params: { query: { pageSize: 100 } } }).then(unwrap)).items;
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
