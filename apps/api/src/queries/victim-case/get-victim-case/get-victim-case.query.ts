import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { openerFor, VictimDataKeyStore } from '@vcs/security';
import { staffNameOf } from '../../../staff/staff-name.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { CaseRequestResponse, VictimCaseResponse } from '../victim-case.responses';
import { personalPartsOf, Row, VICTIM_CASE_VIEW, victimNotFound } from '../shared/victim-case-reading';

export class GetVictimCase {
  constructor(
    readonly victimId: string,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetVictimCase)
export class GetVictimCaseHandler implements IQueryHandler<GetVictimCase, VictimCaseResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute(query: GetVictimCase): Promise<VictimCaseResponse> {
    await this.freshness.waitFor([VICTIM_CASE_VIEW], query.minPosition);
    const rows: Row[] = await this.dataSource.query(
      `SELECT victim_id, revision::text, status, scheme, referred_for, circumstance, referral_source,
              to_char(referral_received_on, 'YYYY-MM-DD') AS referral_received_on, enrolment, vlo_id, ${staffNameOf('vlo_id')} AS vlo_name, probation_region, sentences,
              contact_preferences, safety_flag, last_safety_check, contact_details, acting_persons, coming_of_age, personal_data_erased, last_contact,
              tasks, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on, next_due_task, contact_count, representation_count, requests, created_at,
              updated_at
       FROM victim_case_view WHERE victim_id = $1`,
      [query.victimId],
    );
    const r = rows[0];
    if (!r) throw victimNotFound(query.victimId);
    const personal = personalPartsOf(r, await openerFor(this.keys, [r.victim_id as string]));
    return {
      victimId: r.victim_id as string,
      revision: r.revision as string,
      status: r.status as string,
      scheme: r.scheme as string | null,
      referredFor: r.referred_for as string,
      circumstance: r.circumstance as string,
      referralSource: r.referral_source as string,
      referralReceivedOn: r.referral_received_on as string,
      enrolment: r.enrolment as VictimCaseResponse['enrolment'],
      victimLiaisonOfficerId: r.vlo_id as string | null,
      victimLiaisonOfficerName: (r.vlo_name as string | null) ?? null,
      probationRegion: r.probation_region as string | null,
      sentences: r.sentences as VictimCaseResponse['sentences'],
      contactPreferences: personal.contactPreferences as VictimCaseResponse['contactPreferences'],
      safety: { flag: r.safety_flag as boolean, lastCheck: r.last_safety_check as object | null },
      contactDetails: personal.contactDetails as VictimCaseResponse['contactDetails'],
      personalDataErased: r.personal_data_erased as boolean,
      actingPersons: personal.actingPersons as VictimCaseResponse['actingPersons'],
      comingOfAge: r.coming_of_age as VictimCaseResponse['comingOfAge'],
      lastContact: r.last_contact as VictimCaseResponse['lastContact'],
      tasks: r.tasks as VictimCaseResponse['tasks'],
      nextDue: r.next_due_on ? { kind: r.next_due_task as string, dueOn: r.next_due_on as string } : null,
      counts: { contacts: r.contact_count as number, representations: r.representation_count as number },
      requests: requestsOf(r.requests as StoredRequest[] | null),
      createdAt: r.created_at as Date,
      updatedAt: r.updated_at as Date,
    };
  }
}

type StoredRequest = Omit<CaseRequestResponse, 'state'>;

/** The latest asked first (the same day: the later recorded first); open or answered from the answer. */
function requestsOf(stored: StoredRequest[] | null): CaseRequestResponse[] {
  return (stored ?? [])
    .map((request, order) => ({ request, order }))
    .sort((a, b) => b.request.madeOn.localeCompare(a.request.madeOn) || b.order - a.order)
    .map(({ request }) => ({
      requestId: request.requestId,
      sentenceId: request.sentenceId,
      kind: request.kind,
      madeOn: request.madeOn,
      state: request.answer ? 'answered' : 'open',
      answer: request.answer ?? null,
      warning: request.warning ?? null,
    }));
}
