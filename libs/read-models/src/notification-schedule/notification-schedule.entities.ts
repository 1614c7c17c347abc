import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One notification (schema from the migrations; see docs/notifications.md). No personal data. */
@Entity({ name: 'notification_schedule' })
export class NotificationScheduleRow {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' }) notificationId: string;
  @Column({ name: 'victim_id', type: 'uuid' }) victimId: string;
  @Column({ name: 'sentence_id', type: 'uuid' }) sentenceId: string;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'text' }) channel: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'letter_id', type: 'uuid', nullable: true }) letterId: string | null;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'last_error_code', type: 'text', nullable: true }) lastErrorCode: string | null;
  @Column({ name: 'provider_reference', type: 'text', nullable: true }) providerReference: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'delivery_status', type: 'text', nullable: true }) deliveryStatus: string | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ name: 'scheduled_at', type: 'timestamptz' }) scheduledAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

export const NOTIFICATION_SCHEDULE_ENTITIES = [NotificationScheduleRow];
