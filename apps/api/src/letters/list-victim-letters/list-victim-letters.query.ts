import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { LetterListResponse } from '../shared/letters.responses';
import { LETTERS_PROJECTION, Row, SUMMARY_COLUMNS, summaryOf } from '../shared/letter-summary';

export class ListVictimLetters {
  constructor(
    readonly victimId: string,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(ListVictimLetters)
export class ListVictimLettersHandler implements IQueryHandler<ListVictimLetters, LetterListResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: ListVictimLetters): Promise<LetterListResponse> {
    await this.freshness.waitFor([LETTERS_PROJECTION], query.minPosition);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS total FROM letters WHERE victim_id = $1',
      [query.victimId],
    );
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM letters l WHERE victim_id = $1 ORDER BY drafted_at DESC, letter_id LIMIT $2 OFFSET $3`,
      [query.victimId, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { page: query.page, pageSize: query.pageSize, total, items: rows.map(summaryOf) };
  }
}
