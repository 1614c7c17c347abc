import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASELOAD_TASK_KINDS,
  CaseloadTaskKind,
  CONTACT_CHANNELS,
  PROBATION_REGIONS,
  ProbationRegion,
} from '@vcs/domain';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsCivilDate } from '../../../shared/validation';
import { PageQuery } from '../../shared/page.query';
import { STAFF_ID } from '../shared/staff-id';

/** Task kinds are open-ended (new rules add kinds), but always a lower-case code. */
const TASK_KIND = /^[a-z][a-z0-9-]{0,63}$/;

export const TASK_STATUSES = ['open', 'done', 'all'] as const;
export const TASK_SORTS = ['dueOn', '-dueOn'] as const;

export class CaseloadTasksQueryDto extends PageQuery {
  @ApiPropertyOptional({
    example: 'vlo-7',
    description: "Only this officer's tasks (any VLO may look at a colleague's list: cover and handover)",
  })
  @IsOptional()
  @Matches(STAFF_ID, { message: 'vloId must be a staff user id' })
  vloId?: string;

  @ApiPropertyOptional({
    enum: ['true'],
    description: 'Only tasks nobody is assigned to (before enrolment; region-level tasks such as missed referrals)',
  })
  @IsOptional()
  @IsIn(['true'], { message: 'unassigned must be true when given' })
  unassigned?: 'true';

  @ApiPropertyOptional({ enum: PROBATION_REGIONS })
  @IsOptional()
  @IsIn(PROBATION_REGIONS, { message: `region must be one of ${PROBATION_REGIONS.join(', ')}` })
  region?: ProbationRegion;

  @ApiPropertyOptional({
    example: 'initial-contact',
    description: 'initial-contact, vns-contact, follow-up, safety-check, missed-referral (the list grows)',
  })
  @IsOptional()
  @Matches(TASK_KIND, { message: 'kind must be a task kind code, e.g. initial-contact' })
  kind?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: 'status must be open, done or all' })
  status: (typeof TASK_STATUSES)[number] = 'open';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: open tasks due before today; false: tasks not overdue',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Only tasks due before this day (YYYY-MM-DD); tasks without a due date are left out',
  })
  @IsOptional()
  @IsCivilDate()
  dueBefore?: string;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: 'dueOn',
    description: 'dueOn: oldest due first, undated last; -dueOn: latest first, undated first',
  })
  @IsOptional()
  @IsIn(TASK_SORTS, { message: 'sort must be dueOn or -dueOn' })
  sort: (typeof TASK_SORTS)[number] = 'dueOn';
}

export class CaseloadTaskResponse {
  @ApiProperty({ example: 'initial-contact:3f1c…' }) taskId: string;
  @ApiProperty({ enum: CASELOAD_TASK_KINDS, enumName: 'CaseloadTaskKind', example: 'initial-contact' })
  kind: CaseloadTaskKind;
  @ApiProperty({ nullable: true, type: String, description: 'null for region-level tasks' }) victimId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      "The victim's or the task's sentence; for an administrator's parked-work task, the sentence its stream names (null for a victim's or another stream)",
  })
  sentenceId: string | null;
  @ApiProperty({ nullable: true, type: String }) contactId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null while unassigned' }) vloId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Alex Morgan',
    description: "The officer's name from the staff directory; null while unassigned or when it has none for them",
  })
  vloName: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-01' }) dueOn: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'why there is no due date: outside-working-day-calendar, invalid-date, sentence-not-known',
  })
  dueDateProblem: string | null;
  @ApiProperty({ enum: ['open', 'done'] }) status: 'open' | 'done';
  @ApiProperty({ description: 'open and due before today' }) overdue: boolean;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) reopenedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'contact-recorded' }) closedBecause: string | null;
  @ApiProperty({ description: 'Plain words; no personal data' }) description: string;
  @ApiProperty({ description: 'The timescale rule and its source' }) rule: string;
  @ApiProperty({
    type: () => TaskNotificationResponse,
    nullable: true,
    description:
      'For notification-* tasks: the notification (and so the letter) the task is for — draft with this stage and notificationId; null for other tasks',
  })
  notification: TaskNotificationResponse | null;
  @ApiProperty({
    type: () => TaskLetterResponse,
    nullable: true,
    description:
      'For a letter-returned task: the letter a manager returned, to revise and resubmit; for a letter-not-sent task: the approved letter the service may not send; null for other tasks',
  })
  letter: TaskLetterResponse | null;
  @ApiProperty({
    type: () => TaskParkedWorkResponse,
    nullable: true,
    description:
      "For an administrator's parked-work task: what was parked (no personal data); null for every other task",
  })
  parkedWork: TaskParkedWorkResponse | null;
}

/** What an administrator's parked-work task is about: ids, codes and times only. */
export class TaskParkedWorkResponse {
  @ApiProperty({
    example: 'notification-planner',
    description:
      'The consumer that parked it: a read model projector, notification-planner, notification-dispatcher, erasure-completion or retention-job',
  })
  consumer: string;
  @ApiProperty({ example: 'SentenceMilestoneReached', description: 'The event (or retention step) it failed on' })
  eventType: string;
  @ApiProperty({
    example: 'sentence-3f1c…',
    description: 'The stream whose work waits, e.g. victim-<id>, sentence-<id>',
  })
  streamId: string;
  @ApiProperty({ format: 'uuid', description: 'The event it failed on (a retention step: the id of that work)' })
  eventId: string;
  @ApiProperty({ example: 'DateOutsideCalendar', description: "The error's class (its name); never its values" })
  errorClass: string;
  @ApiProperty({ format: 'date-time', description: 'When it was parked (last failed)' })
  parkedAt: string;
}

export class TaskLetterResponse {
  @ApiProperty({ format: 'uuid' }) letterId: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'parole-hearing-listed',
    description: 'The notification stage the letter is about (null for a letter drafted before it was kept)',
  })
  stage: string | null;
}

export class TaskNotificationResponse {
  @ApiProperty({ format: 'uuid' }) notificationId: string;
  @ApiProperty({
    example: 'parole-hearing-listed',
    description: 'The notification stage: the `stage` a letter for it is drafted with',
  })
  stage: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The letter drafted for it, once there is one',
  })
  letterId: string | null;
}

export class CaseloadTasksPageResponse {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ example: '2026-11-23', description: "Today in England and Wales, which 'overdue' compares with" })
  today: string;
  @ApiProperty({ type: [CaseloadTaskResponse] }) items: CaseloadTaskResponse[];
}
