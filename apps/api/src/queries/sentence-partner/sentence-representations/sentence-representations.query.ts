import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataKeySource, openerFor, recipientReadBy, Role, VictimDataKeyStore } from '@vcs/security';
import { DataSource, EntityManager } from 'typeorm';
import { staffNameOf } from '../../../staff/staff-name.sql';
import { sentenceInScope } from '../../shared/access-scope.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { PARTNER_REPRESENTATIONS, SENTENCE_VIEW } from '../sentence-partner.params';
import { PartnerRepresentationPageResponse, PartnerRepresentationResponse } from '../sentence-partner.responses';
import {
  Audited,
  audited,
  notFound,
  SentenceReader,
  sentenceExists,
  victimShown,
  readModelsFor,
} from '../shared/sentence-reader';

/* GET /sentences/:sentenceId/representations */

export class GetSentenceRepresentationsQuery {
  constructor(
    readonly sentenceId: string,
    readonly role: Role,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition: string | undefined,
    readonly reader: SentenceReader,
  ) {}
}

@QueryHandler(GetSentenceRepresentationsQuery)
export class GetSentenceRepresentationsHandler implements IQueryHandler<
  GetSentenceRepresentationsQuery,
  Audited<PartnerRepresentationPageResponse>
> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute({
    sentenceId,
    role,
    page,
    pageSize,
    minPosition,
    reader,
  }: GetSentenceRepresentationsQuery): Promise<Audited<PartnerRepresentationPageResponse>> {
    await this.freshness.waitFor(readModelsFor(reader, SENTENCE_VIEW, PARTNER_REPRESENTATIONS), minPosition);
    const recipient = recipientReadBy(role);
    const answer = (found: RepresentationPage | undefined): Audited<PartnerRepresentationPageResponse> => {
      if (!found) throw notFound(sentenceId);
      const { total, rows, items } = found;
      return audited(
        { sentenceId, page, pageSize, total, items },
        rows.map((row) => row.victim_id as string),
      );
    };
    if (!recipient)
      return answer(await allRepresentations(this.dataSource, this.keys, sentenceId, reader, page, pageSize));
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (!(await sentenceExists(manager, sentenceId, reader))) throw notFound(sentenceId);
      return answer(await disclosedTo(manager, this.keys, recipient, sentenceId, page, pageSize));
    });
  }
}

type Rows = Record<string, unknown>[];
interface RepresentationPage {
  readonly total: number;
  /** victim_id is read for the access audit only; it never goes into a partner's answer. */
  readonly rows: Rows;
  readonly items: PartnerRepresentationResponse[];
}

/**
 * A partner reads only what a VLO disclosed to their organisation, in the version approved for it: the filter is in
 * the query (not after it), so totals and pages agree. A representation not (yet) disclosed to them does not exist
 * for them, whatever it was sent to when it was recorded.
 */
async function disclosedTo(
  manager: EntityManager,
  keys: DataKeySource,
  recipient: string,
  sentenceId: string,
  page: number,
  pageSize: number,
): Promise<RepresentationPage> {
  const [[{ total }], rows]: [[{ total: number }], Rows] = await Promise.all([
    manager.query('SELECT count(*)::int AS total FROM partner_disclosures WHERE sentence_id = $1 AND recipient = $2', [
      sentenceId,
      recipient,
    ]),
    manager.query(
      `SELECT r.representation_id, r.victim_id, r.victim_reference, r.kind, r.requested_conditions, r.vps_presentation, r.submitted_on::text AS submitted_on,
         d.statement_text, d.condition_descriptions, d.disclosed_on::text AS disclosed_on, d.personal_data_erased
       FROM partner_disclosures d JOIN partner_representations r ON r.representation_id = d.representation_id
       WHERE d.sentence_id = $1 AND d.recipient = $2
       ORDER BY r.submitted_on DESC, r.recorded_at DESC, r.representation_id LIMIT $3 OFFSET $4`,
      [sentenceId, recipient, pageSize, (page - 1) * pageSize],
    ),
  ]);
  // Texts are sealed under each victim's key: opened here, for this answer only (an erased victim's read as null).
  const open = await openerFor(
    keys,
    rows.map((row) => row.victim_id as string),
  );
  const items = rows.map((row): PartnerRepresentationResponse => {
    const victimId = row.victim_id as string;
    const descriptions = row.condition_descriptions as Record<string, string | null>;
    return {
      representationId: row.representation_id as string,
      victimReference: row.victim_reference as string,
      kind: row.kind as string,
      // Only ids and kinds come from the victim's own request; every description is the disclosed one.
      requestedConditions: (row.requested_conditions as { conditionId: string; kind: string }[]).map(
        ({ conditionId, kind }) => {
          const description = open(victimId, descriptions[conditionId]);
          return { conditionId, kind, description, descriptionWithheld: description === null };
        },
      ),
      statementText: open(victimId, row.statement_text),
      vpsPresentation: row.vps_presentation as string | null,
      sentTo: [recipient],
      submittedOn: row.submitted_on as string,
      disclosedOn: row.disclosed_on as string,
      erased: row.personal_data_erased as boolean,
    };
  });
  return { total, rows, items };
}

/**
 * VLOs and managers: every representation in the victim's words, with the disclosures made of it so far; undefined when
 * the sentence is not one they reach. One statement (one snapshot) for the reach, the total, the page and its
 * disclosures: it was a REPEATABLE READ transaction of four reads, seven round trips on one pooled connection.
 */
async function allRepresentations(
  dataSource: DataSource,
  keys: DataKeySource,
  sentenceId: string,
  reader: SentenceReader,
  page: number,
  pageSize: number,
): Promise<RepresentationPage | undefined> {
  const values: unknown[] = [sentenceId];
  const reach = reader
    ? sentenceInScope(reader, { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' }, values)
    : 'TRUE';
  const shown = victimShown(reader, 'r.victim_id', values);
  values.push(pageSize, (page - 1) * pageSize);
  const [found]: { total: number; rows: Rows }[] = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM partner_representations r WHERE r.sentence_id = $1 AND ${shown}) AS total,
       (SELECT coalesce(json_agg(json_build_object('representation_id', p.representation_id, 'victim_id', p.victim_id,
                 'victim_reference', p.victim_reference, 'kind', p.kind, 'requested_conditions', p.requested_conditions,
                 'statement_text', p.statement_text, 'vps_presentation', p.vps_presentation, 'sent_to', p.sent_to,
                 'submitted_on', p.submitted_on::text, 'personal_data_erased', p.personal_data_erased,
                 'disclosures', (SELECT coalesce(json_agg(json_build_object('recipient', d.recipient,
                     'disclosed_on', d.disclosed_on::text, 'approved_by', d.approved_by,
                     'approved_by_name', ${staffNameOf('d.approved_by')}, 'flagged', d.flagged) ORDER BY d.recipient), '[]')
                   FROM partner_disclosures d WHERE d.representation_id = p.representation_id))
                 ORDER BY p.submitted_on DESC, p.recorded_at DESC, p.representation_id), '[]')
          FROM (SELECT * FROM partner_representations r WHERE r.sentence_id = $1 AND ${shown}
                ORDER BY r.submitted_on DESC, r.recorded_at DESC, r.representation_id
                LIMIT $${values.length - 1} OFFSET $${values.length}) p) AS rows
     FROM sentence_view WHERE sentence_view.sentence_id = $1 AND ${reach}`,
    values,
  );
  if (!found) return undefined;
  const { total, rows } = found;
  const open = await openerFor(
    keys,
    rows.map((row) => row.victim_id as string),
  );
  const items = rows.map((row): PartnerRepresentationResponse => ({
    representationId: row.representation_id as string,
    victimReference: row.victim_reference as string,
    kind: row.kind as string,
    requestedConditions: (row.requested_conditions as PartnerRepresentationResponse['requestedConditions']).map(
      (condition) => ({
        ...condition,
        description: open(row.victim_id as string, condition.description),
      }),
    ),
    statementText: open(row.victim_id as string, row.statement_text),
    vpsPresentation: row.vps_presentation as string | null,
    sentTo: row.sent_to as string[],
    submittedOn: row.submitted_on as string,
    erased: row.personal_data_erased as boolean,
    disclosures: (row.disclosures as Rows).map((d) => ({
      recipient: d.recipient as string,
      disclosedOn: d.disclosed_on as string,
      approvedBy: d.approved_by as string,
      approvedByName: (d.approved_by_name as string | null) ?? null,
      flagged: d.flagged as string[],
    })),
  }));
  return { total, rows, items };
}
