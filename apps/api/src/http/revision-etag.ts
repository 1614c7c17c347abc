import type { Response } from 'express';

/**
 * A single-record read answers its stream's revision as `ETag: "<revision>"`, the same form a command answers, so
 * the client can send it straight back as If-Match. (Express's own body-hash ETags are off: see configure-http.ts.)
 */
export function withRevisionETag<T extends { readonly revision: string }>(response: Response, view: T): T {
  response.setHeader('ETag', `"${view.revision}"`);
  return view;
}

/** The ETag header as the OpenAPI document describes it on a single-record read. */
export const REVISION_ETAG_HEADER = {
  ETag: {
    description: 'The stream revision this view reflects, quoted ("3"): send it back as If-Match',
    schema: { type: 'string' },
  },
} as const;
