import { ApiClient, Schemas, unwrap } from '../data/api-client';

export type PartnerSentence = Schemas['PartnerSentenceResponse'];
export type PartnerRepresentation = Schemas['PartnerRepresentationResponse'];
export type InterAgencyMeeting = Schemas['InterAgencyMeetingResponse'];

/** What a partner reads about one sentence: each part read with the purpose they stated, so each is audited with it. */
export interface PartnerSentenceView {
  readonly sentence: PartnerSentence;
  readonly representations: readonly PartnerRepresentation[];
  /** MAPPA partners only: the meetings about the sentence their agency attended (victims by pseudonymous reference, no notes). */
  readonly meetings: readonly InterAgencyMeeting[] | undefined;
}

const purposeHeader = (purpose: string) => ({ 'X-Purpose': purpose });

/** The sentence with this case reference, read for the stated purpose. */
export async function findSentence(api: ApiClient, reference: string, purpose: string): Promise<PartnerSentence> {
  return api
    .GET('/partner-sentences', { params: { query: { reference }, header: purposeHeader(purpose) } })
    .then(unwrap);
}

export async function partnerSentenceView(
  api: ApiClient,
  sentenceId: string,
  purpose: string,
  isMappa: boolean,
): Promise<PartnerSentenceView> {
  const path = { sentenceId };
  const [sentence, representations, meetings] = await Promise.all([
    api.GET('/partner-sentences/{sentenceId}', { params: { path, header: purposeHeader(purpose) } }).then(unwrap),
    api
      .GET('/sentences/{sentenceId}/representations', {
        params: { path, query: { pageSize: 100 }, header: purposeHeader(purpose) },
      })
      .then(unwrap),
    isMappa
      ? api
          .GET('/sentences/{sentenceId}/inter-agency-meetings', {
            params: { path, query: { pageSize: 100 }, header: purposeHeader(purpose) },
          })
          .then(unwrap)
      : Promise.resolve(undefined),
  ]);
  return {
    sentence,
    representations: representations.items,
    meetings: meetings?.items,
  };
}
