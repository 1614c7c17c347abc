import { ForbiddenException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope } from '@vcs/domain';
import { Actor } from '@vcs/security';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { SCOPE_PROJECTION, victimInScope } from '../../queries/shared/access-scope.sql';
import { LettersInProgressResponse } from '../shared/letters.responses';
import { LETTERS_PROJECTION, LETTERS_WORKING_PRACTICE } from '../shared/letter-summary';

export class GetLettersInProgress {
  constructor(
    readonly scope: AccessScope,
    readonly caller: Actor,
    readonly vloId: string | undefined,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetLettersInProgress)
export class GetLettersInProgressHandler implements IQueryHandler<GetLettersInProgress, LettersInProgressResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: GetLettersInProgress): Promise<LettersInProgressResponse> {
    const vloId = query.vloId ?? query.caller.userId;
    if (query.caller.role === 'VLO' && vloId !== query.caller.userId) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: "a victim liaison officer sees only their own letters in progress; a manager sees anyone's",
      });
    }
    await this.freshness.waitFor([LETTERS_PROJECTION, SCOPE_PROJECTION], query.minPosition);
    const values: unknown[] = [vloId];
    // A manager counts a colleague's letters to victims of the manager's own units only.
    const rows: { status: string; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM letters
        WHERE drafted_by = $1 AND status IN ('draft', 'submitted', 'returned') AND ${victimInScope(query.scope, 'victim_id', values, 'text')} GROUP BY status`,
      values,
    );
    const count = (status: string) => rows.find((r) => r.status === status)?.count ?? 0;
    const inProgress = count('draft') + count('returned') + count('submitted');
    return {
      vloId,
      inProgress,
      draft: count('draft'),
      returned: count('returned'),
      submitted: count('submitted'),
      workingPractice: LETTERS_WORKING_PRACTICE,
      atWorkingPractice: inProgress >= LETTERS_WORKING_PRACTICE,
    };
  }
}
