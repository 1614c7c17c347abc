import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { openLetterText } from '@vcs/read-models';
import { openerFor, VictimDataKeyStore } from '@vcs/security';
import { DataSource } from 'typeorm';
import { staffNameOf } from '../../staff/staff-name.sql';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { LetterResponse } from '../shared/letters.responses';
import { LETTERS_PROJECTION, letterNotFound, Row, step, SUMMARY_COLUMNS, summaryOf } from '../shared/letter-summary';

export class GetLetter {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetLetter)
export class GetLetterHandler implements IQueryHandler<GetLetter, LetterResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
    private readonly keys: VictimDataKeyStore,
  ) {}

  async execute(query: GetLetter): Promise<LetterResponse> {
    await this.freshness.waitFor([LETTERS_PROJECTION], query.minPosition);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, l.last_edited_by, ${staffNameOf('l.last_edited_by')} AS last_edited_by_name, l.last_edited_at, l.body, l.address_block, l.return_comments, l.personal_data_erased,
              v.revision::text AS revision, COALESCE(v.large_print, false) AS large_print
         FROM letters l LEFT JOIN letter_victims v USING (victim_id)
        WHERE l.letter_id = $1 AND l.victim_id = $2`,
      [query.letterId, query.victimId],
    );
    const r = rows[0];
    if (!r) throw letterNotFound(query.letterId);
    // The words are sealed under the victim's key: opened for this answer only (null once erased).
    const open = await openerFor(this.keys, [r.victim_id as string]);
    const text = (stored: unknown) => openLetterText(open, r.victim_id as string, stored);
    return {
      ...summaryOf(r),
      revision: (r.revision as string | null) ?? '-1',
      authors: r.authors as string[],
      lastEdited: step(r.last_edited_by, r.last_edited_by_name, undefined, r.last_edited_at),
      language: (r.language as string | null) ?? null,
      largePrint: r.large_print as boolean,
      addressBlock: text(r.address_block),
      body: text(r.body),
      returnComments: text(r.return_comments),
      personalDataErased: r.personal_data_erased as boolean,
    };
  }
}
