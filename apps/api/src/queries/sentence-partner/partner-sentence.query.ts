import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock } from '../../commands/clock';
import { ReadModelFreshness } from '../shared/read-model-freshness';
import { SENTENCE_VIEW } from './sentence-partner.params';
import { notFound, SUMMARY_COLUMNS, toSummary } from './shared/sentence-reader';
import { PartnerSentenceResponse } from './partner-sentence.responses';

/** One sentence, found by its id or by the offender's case reference. */
export type PartnerSentenceKey = { readonly sentenceId: string } | { readonly reference: string };

export class GetPartnerSentenceQuery {
  constructor(
    readonly key: PartnerSentenceKey,
    readonly minPosition: string | undefined,
  ) {}
}

/**
 * The sentence and its key dates for a partner. Reads sentence_view and its milestone tables only: the victims linked
 * to the sentence are not read at all, so nothing here can name or locate one.
 */
@QueryHandler(GetPartnerSentenceQuery)
export class GetPartnerSentenceHandler implements IQueryHandler<GetPartnerSentenceQuery, PartnerSentenceResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly clock: Clock,
  ) {}

  async execute({ key, minPosition }: GetPartnerSentenceQuery): Promise<PartnerSentenceResponse> {
    await this.freshness.waitFor([SENTENCE_VIEW], minPosition);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [row] =
        'sentenceId' in key
          ? await manager.query(`SELECT ${SUMMARY_COLUMNS} FROM sentence_view WHERE sentence_id = $1`, [key.sentenceId])
          : await manager.query(
              `SELECT ${SUMMARY_COLUMNS} FROM sentence_view WHERE reference = $1 ORDER BY sentence_date DESC, sentence_id LIMIT 1`,
              [key.reference],
            );
      if (!row) {
        if ('sentenceId' in key) throw notFound(key.sentenceId);
        throw new NotFoundException({
          statusCode: 404,
          error: 'Not Found',
          message: 'no sentence with that case reference is recorded',
        });
      }
      const sentenceId = row.sentence_id as string;
      const [milestones, expected] = await Promise.all([
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
      ]);
      const today = this.clock.today();
      return {
        ...toSummary(row),
        milestones: milestones.map((m: Record<string, unknown>) => ({
          milestoneId: m.milestone_id,
          kind: m.kind,
          date: m.occurred_on,
          detail: m.detail,
        })),
        expected: expected.map((e: Record<string, unknown>) => ({
          kind: e.kind,
          date: e.expected_on,
          passed: e.expected_on !== null && (e.expected_on as string) < today,
          detail: e.detail,
          setByMilestoneId: e.set_by_milestone_id,
        })),
      } as PartnerSentenceResponse;
    });
  }
}
