import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class RetryParkedWorkBody {
  @ApiPropertyOptional({
    description: 'Only this consumer (e.g. notification-planner); every consumer when omitted',
    example: 'notification-planner',
  })
  @IsOptional()
  @IsString({ message: 'consumer must be a consumer name' })
  @MaxLength(100, { message: 'consumer must be at most 100 characters' })
  @Matches(/^[a-z0-9][a-z0-9-]*$/, {
    message: 'consumer must be a consumer name: lower-case letters, digits and dashes',
  })
  consumer?: string;
}

export class RetryParkedWorkResponse {
  @ApiProperty({
    description: 'Parked events now asked to be retried (the worker replays them in order within seconds)',
  })
  retryRequested!: number;
}

export class ParkedEventView {
  @ApiProperty() eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ description: 'Position in the history, "<commit>/<prepare>"' }) position!: string;
  @ApiProperty({ enum: ['failed', 'behind-parked'] }) reason!: string;
  @ApiProperty({ description: 'Error summary: name, code, first line without quoted values; never personal data' })
  error!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty() parkedAt!: string;
}

/** One ADMIN task: a consumer's parked stream (the event it failed on, and how many wait behind it). */
export class ParkedWorkTask {
  @ApiProperty({
    description:
      'The consumer: a read model projector, notification-planner, notification-dispatcher, erasure-completion, or retention-job (its work on a victim, kind retention-closure or retention-review, position 0/0)',
  })
  consumer!: string;
  @ApiProperty({ description: 'The stream whose work is parked, e.g. victim-<id> or sentence-<id>' }) streamId!: string;
  @ApiProperty({ type: ParkedEventView, description: 'The first parked event of the stream (the one that failed)' })
  first!: ParkedEventView;
  @ApiProperty({ description: 'Later events of the stream parked behind it, kept in order' }) waitingBehind!: number;
  @ApiProperty({ nullable: true, type: String, description: 'When a retry was asked for, if one is pending' })
  retryRequestedAt!: string | null;
  @ApiProperty({ description: 'What to do' }) description!: string;
}

export class ParkedWorkList {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [ParkedWorkTask] }) items!: ParkedWorkTask[];
}
