import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../../commands/clock';
import { sentenceInScope, victimInScope } from '../../shared/access-scope.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { SENTENCE_VIEW } from '../sentence-partner.params';
import { SentenceViewResponse } from '../sentence-partner.responses';
import { Audited, audited, notFound, SUMMARY_COLUMNS, toSummary, readModelsFor } from '../shared/sentence-reader';

/* GET /sentences/:sentenceId */

export class GetSentenceQuery {
  constructor(
    readonly sentenceId: string,
    readonly minPosition: string | undefined,
    readonly scope: AccessScope,
  ) {}
}

@QueryHandler(GetSentenceQuery)
export class GetSentenceHandler implements IQueryHandler<GetSentenceQuery, Audited<SentenceViewResponse>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async execute({ sentenceId, minPosition, scope }: GetSentenceQuery): Promise<Audited<SentenceViewResponse>> {
    await this.freshness.waitFor(readModelsFor(scope, SENTENCE_VIEW), minPosition);
    const values: unknown[] = [sentenceId];
    const reach = sentenceInScope(
      scope,
      { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' },
      values,
    );
    const victimReached = victimInScope(scope, 'v.victim_id', values);
    // One statement, so one snapshot for the sentence and its parts (it was a REPEATABLE READ transaction of four
    // reads: seven round trips on one pooled connection).
    const [row] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, revision::text AS revision,
         (SELECT coalesce(json_agg(json_build_object('milestone_id', m.milestone_id, 'kind', m.kind,
                   'occurred_on', m.occurred_on::text, 'detail', m.detail) ORDER BY m.occurred_on, m.stream_revision), '[]')
            FROM sentence_view_milestones m WHERE m.sentence_id = sentence_view.sentence_id) AS milestones,
         (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'expected_on', e.expected_on::text, 'detail', e.detail,
                   'set_by_milestone_id', e.set_by_milestone_id) ORDER BY e.expected_on NULLS LAST, e.kind), '[]')
            FROM sentence_view_expected e WHERE e.sentence_id = sentence_view.sentence_id) AS expected,
         (SELECT coalesce(json_agg(json_build_object('victim_id', v.victim_id, 'victim_reference', v.victim_reference,
                   'linked_on', v.linked_on::text, 'linked_via', v.linked_via, 'referred_for', s.referred_for, 'scheme', s.scheme,
                   'status', s.status, 'status_on', s.status_on::text) ORDER BY v.linked_on, v.victim_id), '[]')
            FROM sentence_view_victims v LEFT JOIN sentence_view_victim_status s ON s.victim_id = v.victim_id
           WHERE v.sentence_id = sentence_view.sentence_id AND ${victimReached}) AS victims
       FROM sentence_view WHERE sentence_view.sentence_id = $1 AND ${reach}`,
      values,
    );
    if (!row) throw notFound(sentenceId);
    const milestones = row.milestones as Record<string, unknown>[];
    const expected = row.expected as Record<string, unknown>[];
    const victims = row.victims as Record<string, unknown>[];
    const today = this.clock.today();
    const shown = new Set<string>(victims.map((v) => v.victim_id as string));
    const answer: SentenceViewResponse = {
      ...toSummary(row),
      revision: row.revision as string,
      milestones: milestones.map((m) => ({
        milestoneId: m.milestone_id,
        kind: m.kind,
        date: m.occurred_on,
        detail: withoutVictimsOutOfReach(m.detail, shown),
      })),
      expected: expected.map((e) => ({
        kind: e.kind,
        date: e.expected_on,
        passed: e.expected_on !== null && (e.expected_on as string) < today,
        detail: e.detail,
        setByMilestoneId: e.set_by_milestone_id,
      })),
      victims: victims.map((v) => ({
        victimId: v.victim_id,
        victimReference: v.victim_reference,
        linkedOn: v.linked_on,
        linkedVia: v.linked_via,
        referredFor: v.referred_for,
        scheme: v.scheme,
        status: v.status,
        statusOn: v.status_on,
      })),
    } as SentenceViewResponse;
    return audited(
      answer,
      answer.victims.map((v) => v.victimId),
    );
  }
}

/** Licence conditions name the victims they protect: only those the reader sees on the sentence stay named. */
function withoutVictimsOutOfReach(detail: unknown, shown: ReadonlySet<string>): unknown {
  const protects = (detail as { protectsVictimIds?: unknown } | null)?.protectsVictimIds;
  if (!Array.isArray(protects)) return detail;
  return { ...(detail as object), protectsVictimIds: protects.filter((id) => shown.has(id as string)) };
}
