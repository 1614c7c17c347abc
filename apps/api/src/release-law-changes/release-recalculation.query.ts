import { Injectable } from '@nestjs/common';
import { AccessScope } from '@vcs/domain';
import { DataSource } from 'typeorm';
import { sentenceInScope, victimInScope } from '../queries/shared/access-scope.sql';
import { staffNameOf } from '../staff/staff-name.sql';
import { AffectedSentenceResponse, RecalculationViewResponse } from './release-recalculation.responses';

/**
 * Who a recalculation affected, for the victim liaison officers (issue 17): each sentence it moved that the caller may
 * reach, with the new date, and each of its victims the caller may reach with their status, their officer and the
 * expected-release-month notice now pending for them (moved by the planner to the new month), if any. Read from the
 * sentence view (milestones by the partial index on `detail->>'recalculationId'`, victims, their status), the victim
 * case view (the officer) and the notification schedule. Ids, codes and dates only.
 */
@Injectable()
export class ReleaseRecalculationView {
  constructor(private readonly dataSource: DataSource) {}

  async get(recalculationId: string, scope: AccessScope): Promise<RecalculationViewResponse> {
    const values: unknown[] = [recalculationId];
    const inScope = sentenceInScope(scope, { id: 's.sentence_id', region: 's.probation_region' }, values);
    const sentences: Record<string, string>[] = await this.dataSource.query(
      `SELECT m.sentence_id::text AS sentence_id, m.milestone_id::text AS milestone_id, m.occurred_on::text AS changed_on,
              m.detail->>'expectedReleaseDate' AS expected_release_date, s.reference, s.probation_region
         FROM sentence_view_milestones m
         JOIN sentence_view s ON s.sentence_id = m.sentence_id
        WHERE m.kind = 'release-date-changed' AND m.detail->>'recalculationId' = $1 AND ${inScope}
        ORDER BY s.reference, m.sentence_id`,
      values,
    );
    const victimValues: unknown[] = [sentences.map((s) => s.sentence_id)];
    const victimScope = victimInScope(scope, 'v.victim_id', victimValues);
    const victims: Record<string, string | null>[] =
      sentences.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT v.sentence_id::text AS sentence_id, v.victim_id::text AS victim_id, v.victim_reference,
                    coalesce(st.status, 'referred') AS status, c.vlo_id, ${staffNameOf('c.vlo_id')} AS vlo_name,
                    (SELECT to_char(min(n.due_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                       FROM notification_schedule n
                      WHERE n.victim_id = v.victim_id AND n.sentence_id = v.sentence_id
                        AND n.stage = 'release-month' AND n.status = 'scheduled') AS release_month_due_at
               FROM sentence_view_victims v
               LEFT JOIN sentence_view_victim_status st ON st.victim_id = v.victim_id
               LEFT JOIN victim_case_view c ON c.victim_id = v.victim_id
              WHERE v.sentence_id = ANY($1::uuid[]) AND ${victimScope}
              ORDER BY v.victim_reference, v.victim_id`,
            victimValues,
          );
    return {
      recalculationId,
      sentences: sentences.map((s): AffectedSentenceResponse => ({
        sentenceId: s.sentence_id,
        reference: s.reference,
        probationRegion: s.probation_region,
        milestoneId: s.milestone_id,
        expectedReleaseDate: s.expected_release_date,
        changedOn: s.changed_on,
        victims: victims
          .filter((v) => v.sentence_id === s.sentence_id)
          .map((v) => ({
            victimId: v.victim_id as string,
            victimReference: v.victim_reference as string,
            status: v.status as string,
            vloId: v.vlo_id,
            vloName: v.vlo_name,
            releaseMonthNoticeDueAt: v.release_month_due_at,
          })),
      })),
    };
  }
}
