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
    // One snapshot for the four reads, so the parts agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sentenceValues: unknown[] = [sentenceId];
      const reach = sentenceInScope(
        scope,
        { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' },
        sentenceValues,
      );
      const [row] = await manager.query(
        `SELECT ${SUMMARY_COLUMNS}, revision::text AS revision FROM sentence_view WHERE sentence_id = $1 AND ${reach}`,
        sentenceValues,
      );
      if (!row) throw notFound(sentenceId);
      const victimValues: unknown[] = [sentenceId];
      const victimReached = victimInScope(scope, 'v.victim_id', victimValues);
      const [milestones, expected, victims] = await Promise.all([
        manager.query(
          `SELECT milestone_id, kind, occurred_on::text AS occurred_on, detail FROM sentence_view_milestones
           WHERE sentence_id = $1 ORDER BY sentence_view_milestones.occurred_on, stream_revision`,
          [sentenceId],
        ),
        manager.query(
          `SELECT kind, expected_on::text AS expected_on, detail, set_by_milestone_id FROM sentence_view_expected
           WHERE sentence_id = $1 ORDER BY sentence_view_expected.expected_on NULLS LAST, kind`,
          [sentenceId],
        ),
        manager.query(
          `SELECT v.victim_id, v.victim_reference, v.linked_on::text AS linked_on, v.linked_via, s.referred_for, s.scheme, s.status, s.status_on::text AS status_on
           FROM sentence_view_victims v LEFT JOIN sentence_view_victim_status s ON s.victim_id = v.victim_id
           WHERE v.sentence_id = $1 AND ${victimReached} ORDER BY v.linked_on, v.victim_id`,
          victimValues,
        ),
      ]);
      const today = this.clock.today();
      const shown = new Set<string>(victims.map((v: { victim_id: string }) => v.victim_id));
      const answer: SentenceViewResponse = {
        ...toSummary(row),
        revision: row.revision as string,
        milestones: milestones.map((m: Record<string, unknown>) => ({
          milestoneId: m.milestone_id,
          kind: m.kind,
          date: m.occurred_on,
          detail: withoutVictimsOutOfReach(m.detail, shown),
        })),
        expected: expected.map((e: Record<string, unknown>) => ({
          kind: e.kind,
          date: e.expected_on,
          passed: e.expected_on !== null && (e.expected_on as string) < today,
          detail: e.detail,
          setByMilestoneId: e.set_by_milestone_id,
        })),
        victims: victims.map((v: Record<string, unknown>) => ({
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
    });
  }
}

/** Licence conditions name the victims they protect: only those the reader sees on the sentence stay named. */
function withoutVictimsOutOfReach(detail: unknown, shown: ReadonlySet<string>): unknown {
  const protects = (detail as { protectsVictimIds?: unknown } | null)?.protectsVictimIds;
  if (!Array.isArray(protects)) return detail;
  return { ...(detail as object), protectsVictimIds: protects.filter((id) => shown.has(id as string)) };
}
