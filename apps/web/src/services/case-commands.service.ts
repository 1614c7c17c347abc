import { ApiClient, Schemas, unwrap } from '../data/api-client';
import type { paths } from '../data/api-types';

/**
 * Every command the web service gives, as the API names its body. The bodies come from what the user typed; the API
 * checks them (the web service has no rules of its own), so a refusal comes back as an ApiRefusal with its problem text.
 */
export type CaseCommand =
  | { readonly kind: 'record-sentence'; readonly body: Schemas['RecordSentenceDto'] }
  | { readonly kind: 'receive-referral'; readonly body: Schemas['ReceiveReferralDto'] }
  | { readonly kind: 'enrol'; readonly victimId: string; readonly body: Schemas['EnrolVictimDto'] }
  | { readonly kind: 'decline'; readonly victimId: string; readonly body: Schemas['DeclineSchemeDto'] }
  | { readonly kind: 'withdraw'; readonly victimId: string; readonly body: Schemas['WithdrawFromSchemeDto'] }
  | { readonly kind: 'rejoin'; readonly victimId: string; readonly body: Schemas['RejoinSchemeDto'] }
  | { readonly kind: 'contact-handover'; readonly victimId: string; readonly body: Schemas['HandContactToVictimDto'] }
  | { readonly kind: 'record-contact'; readonly victimId: string; readonly body: Schemas['RecordContactDto'] }
  | {
      readonly kind: 'contact-preferences';
      readonly victimId: string;
      readonly body: Schemas['UpdateContactPreferencesDto'];
    }
  | { readonly kind: 'safety-check'; readonly victimId: string; readonly body: Schemas['ConfirmSafetyCheckDto'] }
  | { readonly kind: 'representation'; readonly victimId: string; readonly body: Schemas['SubmitRepresentationDto'] }
  | { readonly kind: 'victim-request'; readonly victimId: string; readonly body: Schemas['MakeVictimRequestDto'] }
  | {
      readonly kind: 'answer-request';
      readonly victimId: string;
      readonly requestId: string;
      readonly body: Schemas['AnswerVictimRequestDto'];
    }
  | { readonly kind: 'right-explained'; readonly victimId: string; readonly body: Schemas['RecordRightExplainedDto'] }
  | { readonly kind: 'milestone'; readonly sentenceId: string; readonly body: Schemas['RecordSentenceMilestoneDto'] }
  | {
      readonly kind: 'inter-agency-meeting';
      readonly sentenceId: string;
      readonly body: Schemas['RecordInterAgencyMeetingDto'];
    }
  | { readonly kind: 'draft-letter'; readonly victimId: string; readonly body: Schemas['DraftLetterDto'] }
  | {
      readonly kind: 'edit-letter';
      readonly victimId: string;
      readonly letterId: string;
      readonly body: Schemas['EditLetterDto'];
    }
  | { readonly kind: 'submit-letter'; readonly victimId: string; readonly letterId: string }
  | { readonly kind: 'approve-letter'; readonly victimId: string; readonly letterId: string }
  | {
      readonly kind: 'return-letter';
      readonly victimId: string;
      readonly letterId: string;
      readonly body: Schemas['ReturnLetterDto'];
    }
  | { readonly kind: 'allocate'; readonly victimId: string; readonly body: Schemas['AssignVictimLiaisonOfficerDto'] }
  | { readonly kind: 'transfer'; readonly victimId: string; readonly body: Schemas['TransferCaseDto'] }
  | { readonly kind: 'grant-access'; readonly victimId: string; readonly body: Schemas['GrantCaseAccessDto'] }
  | { readonly kind: 'revoke-access'; readonly victimId: string; readonly grantId: string };

export interface CommandOutcome {
  /** The id the API answered with (the new victim, sentence, contact, letter or request). */
  readonly id: string;
  readonly revision: string;
  /** The global position: pass it on as minPosition so the next page shows the change. */
  readonly position: string;
}

export interface CommandOptions {
  /** The revision the user's page showed: the API refuses with 409 if someone changed the record since. */
  readonly ifMatch?: string;
  /** Chosen when the form was shown, so a double submit does the thing once. */
  readonly idempotencyKey: string;
}

/** Where each command goes: the API's method and path; the path's {ids} are the command's fields of those names. */
const ROUTES = {
  'record-sentence': ['post', '/sentences'],
  'receive-referral': ['post', '/victims'],
  enrol: ['post', '/victims/{victimId}/enrolment'],
  decline: ['post', '/victims/{victimId}/declining'],
  withdraw: ['post', '/victims/{victimId}/withdrawal'],
  rejoin: ['post', '/victims/{victimId}/rejoining'],
  'contact-handover': ['post', '/victims/{victimId}/contact-handover'],
  'record-contact': ['post', '/victims/{victimId}/contacts'],
  'contact-preferences': ['put', '/victims/{victimId}/contact-preferences'],
  'safety-check': ['post', '/victims/{victimId}/safety-checks'],
  representation: ['post', '/victims/{victimId}/representations'],
  'victim-request': ['post', '/victims/{victimId}/requests'],
  'answer-request': ['post', '/victims/{victimId}/requests/{requestId}/answer'],
  'right-explained': ['post', '/victims/{victimId}/rights-explained'],
  milestone: ['post', '/sentences/{sentenceId}/milestones'],
  'inter-agency-meeting': ['post', '/sentences/{sentenceId}/inter-agency-meetings'],
  'draft-letter': ['post', '/victims/{victimId}/letters'],
  'edit-letter': ['put', '/victims/{victimId}/letters/{letterId}'],
  'submit-letter': ['post', '/victims/{victimId}/letters/{letterId}/submission'],
  'approve-letter': ['post', '/victims/{victimId}/letters/{letterId}/approval'],
  'return-letter': ['post', '/victims/{victimId}/letters/{letterId}/return'],
  allocate: ['put', '/victims/{victimId}/victim-liaison-officer'],
  transfer: ['post', '/victims/{victimId}/transfer'],
  'grant-access': ['post', '/victims/{victimId}/access-grants'],
  'revoke-access': ['post', '/victims/{victimId}/access-grants/{grantId}/revocation'],
} as const satisfies { readonly [K in CaseCommand['kind']]: readonly ['post' | 'put', keyof paths] };

type Kind = CaseCommand['kind'];
type Operation<K extends Kind> = paths[(typeof ROUTES)[K][1]][(typeof ROUTES)[K][0]];
type ApiBody<K extends Kind> =
  Operation<K> extends { requestBody: { content: { 'application/json': infer B } } } ? B : undefined;
type ApiPathIds<K extends Kind> = Operation<K> extends { parameters: { path: infer P extends object } } ? P : object;
type Fields<K extends Kind> = Omit<Extract<CaseCommand, { kind: K }>, 'kind'>;
type CommandBody<K extends Kind> = Fields<K> extends { body: infer B } ? B : undefined;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The kinds whose command does not carry exactly its route's path ids and body (none: checked by the compiler). */
type MisroutedKinds = {
  [K in Kind]: Same<CommandBody<K>, ApiBody<K>> extends true
    ? Same<Omit<Fields<K>, 'body'>, Required<ApiPathIds<K>>> extends true
      ? never
      : K
    : K;
}[Kind];
const everyCommandRouted: [MisroutedKinds] extends [never] ? true : MisroutedKinds = true;

export async function sendCommand(
  api: ApiClient,
  command: CaseCommand,
  options: CommandOptions,
): Promise<CommandOutcome> {
  return outcome(await request(api, command, { 'Idempotency-Key': options.idempotencyKey }, options.ifMatch));
}

/**
 * Asks the API whether it would accept the command, without recording it (`Prefer: return=validation`): the same
 * fields, rules, role, unit and If-Match checks as the real call. Resolves when it would be accepted (204); throws the
 * same ApiRefusal as the real call when not.
 */
export async function validateCommand(
  api: ApiClient,
  command: CaseCommand,
  options: Pick<CommandOptions, 'ifMatch'>,
): Promise<void> {
  const { response, error } = await request(api, command, { Prefer: 'return=validation' }, options.ifMatch);
  if (!response.ok) unwrap({ error, response });
  // An API that ignored the preference would have recorded the command: never treat that as a check.
  if (response.headers.get('Preference-Applied') !== 'return=validation')
    throw new Error('the API did not apply Prefer: return=validation');
}

function request(api: ApiClient, command: CaseCommand, headers: Record<string, string>, ifMatch?: string) {
  void everyCommandRouted;
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const [method, path] = ROUTES[command.kind];
  const { kind: _kind, body, ...ids } = { body: undefined, ...command };
  // The route's body and path ids are checked above (MisroutedKinds), which openapi-fetch cannot do for a union.
  const init = { params: { path: ids }, body, headers } as never;
  return api.request(method, path as never, init) as Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

function outcome(result: { data?: unknown; error?: unknown; response: Response }): CommandOutcome {
  const data = unwrap(
    result as {
      data?: {
        id?: string;
        letterId?: string;
        contactId?: string;
        requestId?: string;
        revision?: string;
        position?: string;
      };
      error?: unknown;
      response: Response;
    },
  );
  return {
    id: String(data.letterId ?? data.contactId ?? data.requestId ?? data.id ?? ''),
    revision: String(data.revision ?? ''),
    position: String(data.position ?? ''),
  };
}
