import { ApiClient, Schemas, unwrap } from '../data/api-client';

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

export async function sendCommand(
  api: ApiClient,
  command: CaseCommand,
  options: CommandOptions,
): Promise<CommandOutcome> {
  const headers: Record<string, string> = { 'Idempotency-Key': options.idempotencyKey };
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  const victim = (victimId: string) => ({ path: { victimId } });
  const letter = (victimId: string, letterId: string) => ({ path: { victimId, letterId } });
  switch (command.kind) {
    case 'record-sentence':
      return outcome(await api.POST('/sentences', { body: command.body, headers }));
    case 'receive-referral':
      return outcome(await api.POST('/victims', { body: command.body, headers }));
    case 'enrol':
      return outcome(
        await api.POST('/victims/{victimId}/enrolment', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'decline':
      return outcome(
        await api.POST('/victims/{victimId}/declining', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'withdraw':
      return outcome(
        await api.POST('/victims/{victimId}/withdrawal', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'rejoin':
      return outcome(
        await api.POST('/victims/{victimId}/rejoining', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'record-contact':
      return outcome(
        await api.POST('/victims/{victimId}/contacts', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'contact-preferences':
      return outcome(
        await api.PUT('/victims/{victimId}/contact-preferences', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'safety-check':
      return outcome(
        await api.POST('/victims/{victimId}/safety-checks', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'representation':
      return outcome(
        await api.POST('/victims/{victimId}/representations', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'victim-request':
      return outcome(
        await api.POST('/victims/{victimId}/requests', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'answer-request':
      return outcome(
        await api.POST('/victims/{victimId}/requests/{requestId}/answer', {
          params: { path: { victimId: command.victimId, requestId: command.requestId } },
          body: command.body,
          headers,
        }),
      );
    case 'right-explained':
      return outcome(
        await api.POST('/victims/{victimId}/rights-explained', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'milestone':
      return outcome(
        await api.POST('/sentences/{sentenceId}/milestones', {
          params: { path: { sentenceId: command.sentenceId } },
          body: command.body,
          headers,
        }),
      );
    case 'inter-agency-meeting':
      return outcome(
        await api.POST('/sentences/{sentenceId}/inter-agency-meetings', {
          params: { path: { sentenceId: command.sentenceId } },
          body: command.body,
          headers,
        }),
      );
    case 'draft-letter':
      return outcome(
        await api.POST('/victims/{victimId}/letters', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'edit-letter':
      return outcome(
        await api.PUT('/victims/{victimId}/letters/{letterId}', {
          params: letter(command.victimId, command.letterId),
          body: command.body,
          headers,
        }),
      );
    case 'submit-letter':
      return outcome(
        await api.POST('/victims/{victimId}/letters/{letterId}/submission', {
          params: letter(command.victimId, command.letterId),
          headers,
        }),
      );
    case 'approve-letter':
      return outcome(
        await api.POST('/victims/{victimId}/letters/{letterId}/approval', {
          params: letter(command.victimId, command.letterId),
          headers,
        }),
      );
    case 'return-letter':
      return outcome(
        await api.POST('/victims/{victimId}/letters/{letterId}/return', {
          params: letter(command.victimId, command.letterId),
          body: command.body,
          headers,
        }),
      );
    case 'allocate':
      return outcome(
        await api.PUT('/victims/{victimId}/victim-liaison-officer', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'transfer':
      return outcome(
        await api.POST('/victims/{victimId}/transfer', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'grant-access':
      return outcome(
        await api.POST('/victims/{victimId}/access-grants', {
          params: victim(command.victimId),
          body: command.body,
          headers,
        }),
      );
    case 'revoke-access':
      return outcome(
        await api.POST('/victims/{victimId}/access-grants/{grantId}/revocation', {
          params: { path: { victimId: command.victimId, grantId: command.grantId } },
          headers,
        }),
      );
    default: {
      const unknownCommand: never = command;
      throw new Error(`no API call for ${String((unknownCommand as CaseCommand).kind)}`);
    }
  }
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
