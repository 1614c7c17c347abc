import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type RetentionReview = Schemas['RetentionReviewResponse'];
export type ParkedWorkTask = Schemas['ParkedWorkTask'];
export type RetentionDecision = Schemas['DecideRetentionDto'];
export type Erasure = Schemas['ErasePersonalDataDto'];
export type VictimRecord = Schemas['VictimRecordResponse'];

/** An administrator says why they act (X-Purpose): every one of these calls is in the access audit with it. */
const purposeHeader = (purpose: string) => ({ 'X-Purpose': purpose });

/**
 * The record an administrator opens by id (for its retention and erasure, or a subject access export), read for the
 * purpose they stated (audited): an id that names no victim, or one outside their units, is the API's 404, which the
 * pages show as "Page not found".
 */
export async function victimRecord(
  api: ApiClient,
  victimId: string,
  purpose: string,
  minPosition?: string,
): Promise<VictimRecord> {
  return api
    .GET('/victims/{victimId}/record', {
      params: {
        path: { victimId },
        query: minPosition ? { minPosition } : {},
        header: purposeHeader(purpose),
      },
    })
    .then(unwrap);
}

export async function retentionReviews(api: ApiClient, minPosition?: string): Promise<RetentionReview[]> {
  const page = await api
    .GET('/retention-reviews', {
      params: {
        query: { pageSize: 100, ...(minPosition ? { minPosition } : {}) },
        header: purposeHeader('retention review'),
      },
    })
    .then(unwrap);
  return page.items;
}

export async function decideRetention(
  api: ApiClient,
  victimId: string,
  decision: RetentionDecision,
  purpose: string,
): Promise<Schemas['CommandResultResponse']> {
  return api
    .POST('/victims/{victimId}/retention-decision', {
      params: { path: { victimId }, header: purposeHeader(purpose) },
      body: decision,
    })
    .then(unwrap);
}

export async function erasePersonalData(
  api: ApiClient,
  victimId: string,
  erasure: Erasure,
  purpose: string,
): Promise<Schemas['CommandResultResponse']> {
  return api
    .POST('/victims/{victimId}/erasure', {
      params: { path: { victimId }, header: purposeHeader(purpose) },
      body: erasure,
    })
    .then(unwrap);
}

/** The subject access export, as the API makes it: JSON (pretty-printed here for the reader) or PDF bytes. */
export async function subjectAccessExport(
  api: ApiClient,
  victimId: string,
  format: 'json' | 'pdf',
  purpose: string,
): Promise<Buffer> {
  const params = { path: { victimId }, header: purposeHeader(purpose) };
  if (format === 'json') {
    const data = await api.GET('/victims/{victimId}/subject-access-export', { params }).then(unwrap);
    return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
  }
  const result = await api.GET('/victims/{victimId}/subject-access-export.pdf', { params, parseAs: 'arrayBuffer' });
  return Buffer.from(unwrap(result as { data?: ArrayBuffer; error?: unknown; response: Response }));
}

export async function parkedWorkList(api: ApiClient): Promise<ParkedWorkTask[]> {
  const list = await api
    .GET('/parked-work', { params: { header: purposeHeader('data quality: parked work') } })
    .then(unwrap);
  return list.items;
}

export async function retryParkedWork(api: ApiClient, consumer?: string): Promise<number> {
  const answer = await api.POST('/parked-work/retry', { body: consumer ? { consumer } : {} }).then(unwrap);
  return answer.retryRequested;
}
