import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccessScope, DomainRuleViolation, NotificationStage } from '@vcs/domain';
import { letterDate, LetterLanguage, letterSubject, renderLetterPdf } from '@vcs/notifications';
import { Actor } from '@vcs/security';
import { DataSource } from 'typeorm';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { SCOPE_PROJECTION, victimInScope } from '../../queries/shared/access-scope.sql';
import {
  LetterListResponse,
  LetterResponse,
  LetterStepResponse,
  LetterSummaryResponse,
  LettersInProgressResponse,
  ReviewQueueResponse,
} from './letters.responses';

/** The projection these queries read (libs/read-models/src/letters): what read-your-writes waits for. */
export const LETTERS_PROJECTION = 'letters';

/** "I can work on up to nine letters" (DOMAIN.md, seed 003): shown, not enforced (docs/letters.md). */
export const LETTERS_WORKING_PRACTICE = 9;

type Row = Record<string, unknown>;

/** The workflow columns of `letters l` (never its words): what lists answer. */
const SUMMARY_COLUMNS = `l.letter_id, l.victim_id, l.stage, l.status, l.notification_id, l.region, l.language, l.drafted_by,
  to_char(l.drafted_on, 'YYYY-MM-DD') AS drafted_on, l.drafted_at, l.submitted_by, to_char(l.submitted_on, 'YYYY-MM-DD') AS submitted_on, l.submitted_at,
  l.approved_by, to_char(l.approved_on, 'YYYY-MM-DD') AS approved_on, l.approved_at, l.returned_by, to_char(l.returned_on, 'YYYY-MM-DD') AS returned_on,
  l.returned_at, l.sent_at, l.updated_at, l.authors`;

const letterNotFound = (letterId: string) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    rule: 'letter-not-found',
    message: `no letter ${letterId} is known for this victim`,
  });

function step(by: unknown, on: unknown, at: unknown): LetterStepResponse | null {
  if (typeof by !== 'string') return null;
  return { by, ...(typeof on === 'string' ? { on } : {}), at: at as Date };
}

/** The subject is fixed per stage; an untranslated Welsh stage falls back to the English heading for the list. */
function subjectOf(stage: string, language: unknown): string {
  try {
    return letterSubject(stage as NotificationStage, language === 'cy' ? 'cy' : 'en');
  } catch {
    return letterSubject(stage as NotificationStage, 'en');
  }
}

function summaryOf(r: Row): LetterSummaryResponse {
  return {
    letterId: r.letter_id as string,
    victimId: r.victim_id as string,
    stage: r.stage as string,
    subject: subjectOf(r.stage as string, r.language),
    status: r.status as string,
    notificationId: (r.notification_id as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    drafted: step(r.drafted_by, r.drafted_on, r.drafted_at) as LetterStepResponse,
    submitted: step(r.submitted_by, r.submitted_on, r.submitted_at),
    approved: step(r.approved_by, r.approved_on, r.approved_at),
    returned: step(r.returned_by, r.returned_on, r.returned_at),
    sentAt: (r.sent_at as Date | null) ?? null,
    updatedAt: r.updated_at as Date,
  };
}

// ---------------------------------------------------------------- one victim's letters

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

// ---------------------------------------------------------------- one letter

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
  ) {}

  async execute(query: GetLetter): Promise<LetterResponse> {
    await this.freshness.waitFor([LETTERS_PROJECTION], query.minPosition);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, l.last_edited_by, l.last_edited_at, l.body, l.address_block, l.return_comments, l.personal_data_erased,
              v.revision::text AS revision, COALESCE(v.large_print, false) AS large_print
         FROM letters l LEFT JOIN letter_victims v USING (victim_id)
        WHERE l.letter_id = $1 AND l.victim_id = $2`,
      [query.letterId, query.victimId],
    );
    const r = rows[0];
    if (!r) throw letterNotFound(query.letterId);
    return {
      ...summaryOf(r),
      revision: (r.revision as string | null) ?? '-1',
      authors: r.authors as string[],
      lastEdited: step(r.last_edited_by, undefined, r.last_edited_at),
      language: (r.language as string | null) ?? null,
      largePrint: r.large_print as boolean,
      addressBlock: (r.address_block as string | null) ?? null,
      body: (r.body as string | null) ?? null,
      returnComments: (r.return_comments as string | null) ?? null,
      personalDataErased: r.personal_data_erased as boolean,
    };
  }
}

// ---------------------------------------------------------------- the letter as a PDF

export class GetLetterPdf {
  constructor(
    readonly victimId: string,
    readonly letterId: string,
    readonly minPosition?: string,
    /** A letter not yet approved may be read, marked as a draft on every page. */
    readonly preview = false,
  ) {}
}

export interface LetterPdf {
  readonly reference: string;
  readonly pdf: Buffer;
}

/** Our reference on the letter: from the letter id, so it names neither the victim nor the offender. */
export const letterReference = (letterId: string): string =>
  `VCS-${letterId.replace(/-/g, '').slice(0, 10).toUpperCase()}`;

@QueryHandler(GetLetterPdf)
export class GetLetterPdfHandler implements IQueryHandler<GetLetterPdf, LetterPdf> {
  constructor(private readonly letters: GetLetterHandler) {}

  async execute(query: GetLetterPdf): Promise<LetterPdf> {
    const letter = await this.letters.execute(new GetLetter(query.victimId, query.letterId, query.minPosition));
    const approved = letter.status === 'approved' || letter.status === 'sent';
    if (!approved && !query.preview) {
      throw new DomainRuleViolation(
        'letter-not-approved',
        `The letter is ${letter.status}; only a letter a manager has approved is printed or sent.`,
      );
    }
    if (letter.personalDataErased || letter.body === null || letter.addressBlock === null) {
      throw new DomainRuleViolation(
        'personal-data-erased',
        "The victim's personal data has been erased; the letter can no longer be printed.",
      );
    }
    const printedOn = (letter.approved?.on ?? letter.drafted.on) as string;
    const reference = letterReference(letter.letterId);
    const pdf = await renderLetterPdf({
      addressBlock: letter.addressBlock,
      date: letterDate(printedOn, (letter.language as LetterLanguage | null) === 'cy' ? 'cy' : 'en'),
      reference,
      subject: letter.subject,
      body: letter.body,
      largePrint: letter.largePrint,
      language: (letter.language as LetterLanguage | null) === 'cy' ? 'cy' : 'en-GB',
      draft: !approved,
    });
    return { reference, pdf };
  }
}

// ---------------------------------------------------------------- the managers' review queue

export class GetReviewQueue {
  constructor(
    readonly scope: AccessScope,
    readonly userId: string,
    readonly region: string | undefined,
    readonly page: number,
    readonly pageSize: number,
    readonly minPosition?: string,
  ) {}
}

@QueryHandler(GetReviewQueue)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueue, ReviewQueueResponse> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  async execute(query: GetReviewQueue): Promise<ReviewQueueResponse> {
    await this.freshness.waitFor([LETTERS_PROJECTION, SCOPE_PROJECTION], query.minPosition);
    // Partial indexes on (region, submitted_at, letter_id) / (submitted_at, letter_id) WHERE status = 'submitted'.
    const values: unknown[] = query.region === undefined ? [] : [query.region];
    const byRegion = query.region === undefined ? "status = 'submitted'" : "status = 'submitted' AND region = $1";
    // Only letters to the caller's units' victims (and those opened to them), in the query.
    const where = `${byRegion} AND ${victimInScope(query.scope, 'victim_id', values, 'text')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM letters WHERE ${where}`,
      values,
    );
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM letters l WHERE ${where} ORDER BY submitted_at, letter_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      page: query.page,
      pageSize: query.pageSize,
      total,
      items: rows.map((r) => ({ ...summaryOf(r), youMayApprove: !(r.authors as string[]).includes(query.userId) })),
    };
  }
}

// ---------------------------------------------------------------- a VLO's letters in progress

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
