import { NotFoundException } from '@nestjs/common';
import { NotificationStage } from '@vcs/domain';
import { letterSubject } from '@vcs/notifications';
import { staffNameOf } from '../../staff/staff-name.sql';
import { LetterSendingResponse, LetterStepResponse, LetterSummaryResponse } from './letters.responses';

/** The projection these queries read (libs/read-models/src/letters): what read-your-writes waits for. */
export const LETTERS_PROJECTION = 'letters';

/** "I can work on up to nine letters" (docs/DOMAIN-RULES.md, seed 003): shown, not enforced (docs/letters.md). */
export const LETTERS_WORKING_PRACTICE = 9;

export type Row = Record<string, unknown>;

/** The workflow columns of `letters l` (never its words): what lists answer. */
export const SUMMARY_COLUMNS = `l.letter_id, l.victim_id, l.stage, l.status, l.notification_id, l.region, l.language, l.drafted_by,
  to_char(l.drafted_on, 'YYYY-MM-DD') AS drafted_on, l.drafted_at, l.submitted_by, to_char(l.submitted_on, 'YYYY-MM-DD') AS submitted_on, l.submitted_at,
  l.approved_by, to_char(l.approved_on, 'YYYY-MM-DD') AS approved_on, l.approved_at, l.returned_by, to_char(l.returned_on, 'YYYY-MM-DD') AS returned_on,
  l.returned_at, l.sent_at, l.updated_at, l.authors, ${staffNameOf('l.drafted_by')} AS drafted_by_name,
  ${staffNameOf('l.submitted_by')} AS submitted_by_name, ${staffNameOf('l.approved_by')} AS approved_by_name,
  ${staffNameOf('l.returned_by')} AS returned_by_name, l.sending_state, l.sending_reason,
  (SELECT s.status FROM notification_schedule s
    WHERE s.notification_id = CASE WHEN l.notification_id ~* '^[0-9a-f-]{36}$' THEN l.notification_id::uuid END) AS schedule_status`;

export const letterNotFound = (letterId: string) =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    rule: 'letter-not-found',
    message: `no letter ${letterId} is known for this victim`,
  });

/** One step of the letter's workflow: who (by id, and by name when the staff directory has one), on which day, when. */
export function step(by: unknown, name: unknown, on: unknown, at: unknown): LetterStepResponse | null {
  if (typeof by !== 'string') return null;
  return {
    by,
    name: typeof name === 'string' ? name : null,
    ...(typeof on === 'string' ? { on } : {}),
    at: at as Date,
  };
}

/** The subject is fixed per stage; an untranslated Welsh stage falls back to the English heading for the list. */
function subjectOf(stage: string, language: unknown): string {
  try {
    return letterSubject(stage as NotificationStage, language === 'cy' ? 'cy' : 'en');
  } catch {
    return letterSubject(stage as NotificationStage, 'en');
  }
}

export function summaryOf(r: Row): LetterSummaryResponse {
  return {
    letterId: r.letter_id as string,
    victimId: r.victim_id as string,
    stage: r.stage as string,
    subject: subjectOf(r.stage as string, r.language),
    status: r.status as string,
    notificationId: (r.notification_id as string | null) ?? null,
    region: (r.region as string | null) ?? null,
    drafted: step(r.drafted_by, r.drafted_by_name, r.drafted_on, r.drafted_at) as LetterStepResponse,
    submitted: step(r.submitted_by, r.submitted_by_name, r.submitted_on, r.submitted_at),
    approved: step(r.approved_by, r.approved_by_name, r.approved_on, r.approved_at),
    returned: step(r.returned_by, r.returned_by_name, r.returned_on, r.returned_at),
    sentAt: (r.sent_at as Date | null) ?? null,
    sending: sendingOf(r),
    updatedAt: r.updated_at as Date,
  };
}

/** The letters row's sending state; a queued letter's schedule row says when it waits for a VLO's safety check. */
function sendingOf(r: Row): LetterSendingResponse | null {
  const reason = (r.sending_reason as string | null) ?? null;
  switch (r.sending_state) {
    case 'queued':
      return { state: r.schedule_status === 'waiting-safety-check' ? 'waiting-safety-check' : 'queued', reason };
    case 'sent':
    case 'not-sent':
      return { state: r.sending_state, reason };
    default:
      return null;
  }
}
