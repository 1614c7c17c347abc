import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { sentenceInScope } from '../../shared/access-scope.sql';
import { ReadModelFreshness } from '../../shared/read-model-freshness';
import { ListSentencesQueryDto, SENTENCE_VIEW } from '../sentence-partner.params';
import { SentencePageResponse } from '../sentence-partner.responses';
import { SUMMARY_COLUMNS, toSummary, readModelsFor } from '../shared/sentence-reader';

/* GET /sentences */

export class ListSentencesQuery {
  constructor(
    readonly filter: ListSentencesQueryDto,
    readonly scope: AccessScope,
  ) {}
}

@QueryHandler(ListSentencesQuery)
export class ListSentencesHandler implements IQueryHandler<ListSentencesQuery, SentencePageResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute({ filter, scope }: ListSentencesQuery): Promise<SentencePageResponse> {
    await this.freshness.waitFor(readModelsFor(scope, SENTENCE_VIEW), filter.minPosition);
    const values: unknown[] = [];
    const conditions: string[] = [
      sentenceInScope(scope, { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' }, values),
    ];
    const where = (column: string, value: unknown) => {
      values.push(value);
      conditions.push(`${column} = $${values.length}`);
    };
    if (filter.region) where('probation_region', filter.region);
    if (filter.sentenceType) where('sentence_type', filter.sentenceType);
    if (filter.reference) where('reference', filter.reference);
    const clause = `WHERE ${conditions.join(' AND ')}`;
    const [[{ total }], rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total FROM sentence_view ${clause}`, values),
      this.dataSource.query(
        `SELECT ${SUMMARY_COLUMNS} FROM sentence_view ${clause} ORDER BY sentence_view.sentence_date DESC, sentence_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, filter.pageSize, (filter.page - 1) * filter.pageSize],
      ),
    ]);
    return { page: filter.page, pageSize: filter.pageSize, total, items: rows.map(toSummary) };
  }
}
