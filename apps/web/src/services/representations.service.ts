import { ApiClient, ApiRefusal, Schemas, unwrap } from '../data/api-client';
import { SentenceView, VictimCase } from './victim-case.service';

export type Representation = Schemas['PartnerRepresentationResponse'];
export type Disclosure = Schemas['DiscloseRepresentationDto'];
export type ScreenFlag = NonNullable<Disclosure['confirmedFlags']>[number];
export type Recipient = Disclosure['recipient'];

/** A representation of this victim's, with the sentence it is about. */
export interface VictimRepresentation extends Representation {
  readonly sentenceId: string;
  readonly sentenceReference: string;
}

const fresh = (minPosition: string | undefined) => (minPosition ? { minPosition } : {});

/** Each sentence's representations (one page of up to 100), the sentences read side by side, by sentence id. */
export async function representationsOnSentences(
  api: ApiClient,
  sentenceIds: readonly string[],
  minPosition?: string,
): Promise<ReadonlyMap<string, readonly Representation[]>> {
  const pages = await Promise.all(
    sentenceIds.map((sentenceId) =>
      api
        .GET('/sentences/{sentenceId}/representations', {
          params: { path: { sentenceId }, query: { pageSize: 100, ...fresh(minPosition) }, header: {} },
        })
        .then(unwrap)
        .then((page) => [sentenceId, page.items] as const),
    ),
  );
  return new Map(pages);
}

/**
 * The victim's own representations, newest first, each with the disclosures made of it. The API lists a sentence's
 * representations with each victim by the pseudonymous reference the sentence view gives them, so this victim's are
 * those under their reference on each of their sentences (none on a sentence that does not name them).
 */
export function theVictimsOwn(
  victimId: string,
  sentences: readonly SentenceView[],
  onSentences: ReadonlyMap<string, readonly Representation[]>,
): VictimRepresentation[] {
  return sentences
    .flatMap((sentence) => {
      const reference = sentence.victims.find((linked) => linked.victimId === victimId)?.victimReference;
      if (!reference) return [];
      return (onSentences.get(sentence.sentenceId) ?? [])
        .filter((item) => item.victimReference === reference)
        .map((item) => ({ ...item, sentenceId: sentence.sentenceId, sentenceReference: sentence.reference }));
    })
    .sort((a, b) => b.submittedOn.localeCompare(a.submittedOn));
}

/**
 * One of the victim's representations: no such page (404) when it is not theirs or the caller may not see it. The
 * sentences (for the victim's reference on each) and their representations are read side by side.
 */
export async function victimRepresentation(
  api: ApiClient,
  victim: VictimCase,
  representationId: string,
  minPosition?: string,
): Promise<VictimRepresentation> {
  const sentenceIds = victim.sentences.map((sentence) => sentence.sentenceId);
  const [sentences, onSentences] = await Promise.all([
    Promise.all(
      sentenceIds.map((sentenceId) =>
        api
          .GET('/sentences/{sentenceId}', { params: { path: { sentenceId }, query: fresh(minPosition) } })
          .then(unwrap),
      ),
    ),
    representationsOnSentences(api, sentenceIds, minPosition),
  ]);
  const found = theVictimsOwn(victim.victimId, sentences, onSentences).find(
    (representation) => representation.representationId === representationId,
  );
  if (!found) throw new ApiRefusal(404, []);
  return found;
}

/** What came of a disclosure: done (with the position to wait on), or the screen's flags still to be confirmed. */
export type DisclosureOutcome = { done: true; position: string } | { done: false; flags: ScreenFlag[] };

/** What the API's check of a disclosure found: it would be accepted, or the screen flags these in its text. */
export type DisclosureCheck = { accepted: true } | { accepted: false; flags: ScreenFlag[] };

type DisclosureAnswer = { data?: { position?: string | null }; error?: unknown; response: Response };

const disclosurePath = '/victims/{victimId}/representations/{representationId}/disclosures' as const;

/** The screen's flags when the API refused the text as flagged (422 disclosure-flagged), else undefined. */
function screenFlagsOf(result: DisclosureAnswer): ScreenFlag[] | undefined {
  const problem = result.error as { rule?: unknown; flags?: unknown } | undefined;
  if (result.response.status !== 422 || problem?.rule !== 'disclosure-flagged' || !Array.isArray(problem.flags))
    return undefined;
  return problem.flags.filter((flag): flag is ScreenFlag => typeof flag === 'string');
}

/**
 * Discloses the representation as the signed-in VLO. The API's screen may flag the text (422 disclosure-flagged): its
 * flags come back for the VLO to check and confirm; any other refusal is an ApiRefusal.
 */
export async function discloseRepresentation(
  api: ApiClient,
  victimId: string,
  representationId: string,
  body: Disclosure,
  idempotencyKey: string,
): Promise<DisclosureOutcome> {
  const result = await api.POST(disclosurePath, {
    params: { path: { victimId, representationId } },
    headers: { 'Idempotency-Key': idempotencyKey },
    body,
  });
  const flags = screenFlagsOf(result);
  if (flags) return { done: false, flags };
  const data = unwrap(result);
  return { done: true, position: String(data.position ?? '') };
}

/**
 * Asks the API whether it would accept the disclosure, without recording it (`Prefer: return=validation`, as every
 * shared form does on "Continue"): the same fields, rules, role and unit checks as the real call. The screen's flags
 * come back to be confirmed on the check page; any other refusal is the real call's ApiRefusal.
 */
export async function checkDisclosure(
  api: ApiClient,
  victimId: string,
  representationId: string,
  body: Disclosure,
): Promise<DisclosureCheck> {
  const result = await api.POST(disclosurePath, {
    params: { path: { victimId, representationId } },
    headers: { Prefer: 'return=validation' },
    body,
  });
  const flags = screenFlagsOf(result);
  if (flags) return { accepted: false, flags };
  if (!result.response.ok) unwrap(result);
  // An API that ignored the preference would have disclosed the text: never treat that as a check.
  if (result.response.headers.get('Preference-Applied') !== 'return=validation')
    throw new Error('the API did not apply Prefer: return=validation');
  return { accepted: true };
}
