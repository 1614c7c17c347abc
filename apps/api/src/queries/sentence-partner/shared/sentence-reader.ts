import { NotFoundException } from '@nestjs/common';
import { AccessScope } from '@vcs/domain';
import { Role } from '@vcs/security';
import { EntityManager } from 'typeorm';
import { SCOPE_PROJECTION, sentenceInScope, victimInScope } from '../../shared/access-scope.sql';
import { SentenceSummaryResponse } from '../sentence-partner.responses';

/**
 * The victims whose data an answer carried, for the access audit. A symbol-keyed property: JSON never serialises
 * it, so an answer that shows victims only by pseudonymous reference still audits their real ids.
 */
export const AUDITED_VICTIM_IDS = Symbol('audited victim ids');
export type Audited<T> = T & { [AUDITED_VICTIM_IDS]?: string[] };

export function auditedVictimIds(result: unknown): string[] {
  return (result as Audited<object> | undefined)?.[AUDITED_VICTIM_IDS] ?? [];
}

export function audited<T extends object>(value: T, victimIds: readonly string[]): Audited<T> {
  Object.defineProperty(value, AUDITED_VICTIM_IDS, { value: [...new Set(victimIds)], enumerable: false });
  return value as Audited<T>;
}

export const PARTNERS: readonly Role[] = ['PAROLE_BOARD', 'MAPPA_PARTNER'];

export function notFound(sentenceId: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    message: `no sentence ${sentenceId} is recorded`,
  });
}

export const SUMMARY_COLUMNS = `sentence_id, reference, offence_category, offence_caused_death, sentence_type, length_months, sentencing_court,
  sentence_date::text AS sentence_date, probation_region, custody_status, in_open_conditions, ended_by, ended_on::text AS ended_on,
  last_milestone_kind, last_milestone_on::text AS last_milestone_on`;

export function toSummary(row: Record<string, unknown>): SentenceSummaryResponse {
  return {
    sentenceId: row.sentence_id as string,
    reference: row.reference as string,
    offenceCategory: row.offence_category as string,
    offenceCausedDeath: row.offence_caused_death as boolean,
    sentenceType: row.sentence_type as string,
    lengthMonths: row.length_months as number | null,
    sentencingCourt: row.sentencing_court as string,
    sentenceDate: row.sentence_date as string,
    probationRegion: row.probation_region as string,
    custodyStatus: row.custody_status as string,
    inOpenConditions: row.in_open_conditions as boolean,
    endedBy: row.ended_by as string | null,
    endedOn: row.ended_on as string | null,
    lastMilestoneKind: row.last_milestone_kind as string | null,
    lastMilestoneOn: row.last_milestone_on as string | null,
  };
}

/**
 * Whose view of a sentence a query answers: a VLO or manager reaches a sentence of their units (or one linked to a
 * victim they reach) and sees only the victims they reach on it; a partner (undefined) is filtered by organisation.
 */
export type SentenceReader = AccessScope | undefined;

/** A sentence outside the reader's reach exists for them no more than an unknown one (the same 404). */
export async function sentenceExists(
  manager: EntityManager,
  sentenceId: string,
  reader: SentenceReader,
): Promise<boolean> {
  const values: unknown[] = [sentenceId];
  const reach = reader
    ? ` AND ${sentenceInScope(reader, { id: 'sentence_view.sentence_id', region: 'sentence_view.probation_region' }, values)}`
    : '';
  const rows: unknown[] = await manager.query(`SELECT 1 FROM sentence_view WHERE sentence_id = $1${reach}`, values);
  return rows.length > 0;
}

/** The SQL condition on a row's victim for this reader: only victims they reach (every victim for a partner). */
export function victimShown(reader: SentenceReader, column: string, values: unknown[]): string {
  return reader ? victimInScope(reader, column, values) : 'TRUE';
}

/** What a query waits for with `minPosition`: the unit tables too when it is filtered by unit. */
export function readModelsFor(reader: SentenceReader, ...projections: string[]): string[] {
  return reader ? [...projections, SCOPE_PROJECTION] : projections;
}
