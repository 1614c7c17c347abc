import { ApiProperty } from '@nestjs/swagger';

/** What every figure says about itself: the day it was worked out on and the months it covers. */
class FigureResponse {
  @ApiProperty({ example: '2026-12-07', description: 'Today in England and Wales: deadlines are compared with it' })
  today: string;
  @ApiProperty({ example: '2026-01' }) from: string;
  @ApiProperty({ example: '2026-12' }) to: string;
  @ApiProperty({ type: [String], example: ['london'], description: 'The units counted: the caller’s own' })
  units: string[];
}

export class FirstContactMonth {
  @ApiProperty({ example: '2026-11', description: 'Month the referral was received' }) month: string;
  @ApiProperty({ description: 'VCS referrals received' }) referrals: number;
  @ApiProperty({ description: 'First contact within 20 working days of the referral' }) contactedInTime: number;
  @ApiProperty({ description: 'First contact after the 20th working day, or none and the deadline has passed' })
  late: number;
  @ApiProperty({ description: 'No contact yet, and the deadline has not passed' }) notYetDue: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'contactedInTime as a percentage of those whose outcome is known (in time or late); null when none',
  })
  percentInTime: number | null;
}

export class FirstContactResponse extends FigureResponse {
  @ApiProperty({ example: 100, description: "The target: the Victims' Code timescale applies to every victim" })
  targetPercent: number;
  @ApiProperty({ type: [FirstContactMonth] }) months: FirstContactMonth[];
}

export class ReferralsMonth {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'Victims referred (received this month)' }) referrals: number;
  @ApiProperty({
    description:
      'Eligible sentences whose referral deadline (10 working days after sentence; VNS 3) fell this month and passed with no victim referred by then',
  })
  missedReferrals: number;
}

export class ReferralsResponse extends FigureResponse {
  @ApiProperty({ type: [ReferralsMonth] }) months: ReferralsMonth[];
}

export class DecisionNoticesMonth {
  @ApiProperty({ example: '2026-11', description: 'Month the decision was recorded' }) month: string;
  @ApiProperty({ description: 'Victims to be told of a release or parole decision' }) notices: number;
  @ApiProperty({ description: 'Told (the message or letter was sent)' }) told: number;
  @ApiProperty({
    description: 'Told by the end of the working day the decision was recorded (or the next working day)',
  })
  toldSameWorkingDay: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median hours from the decision being recorded to the victim being told',
  })
  medianHoursToTell: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'toldSameWorkingDay as a percentage of the notices told or past their same-day deadline; null when none',
  })
  percentSameWorkingDay: number | null;
}

export class DecisionNoticesResponse extends FigureResponse {
  @ApiProperty({ type: [String], description: 'The decisions counted (milestone kinds)' }) stages: string[];
  @ApiProperty({ type: [DecisionNoticesMonth] }) months: DecisionNoticesMonth[];
}

export class LettersMonth {
  @ApiProperty({ example: '2026-11', description: 'Month the letter was drafted' }) month: string;
  @ApiProperty() drafted: number;
  @ApiProperty() approved: number;
  @ApiProperty() sent: number;
  @ApiProperty({ description: 'Letters returned by a manager at least once' }) returned: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Median days from drafted to approved' })
  medianDaysToApprove: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Median days from approved to sent' })
  medianDaysToSend: number | null;
}

export class LettersFigureResponse extends FigureResponse {
  @ApiProperty({ type: [LettersMonth] }) months: LettersMonth[];
}

export class NotificationsMonth {
  @ApiProperty({ example: '2026-11', description: 'Month the notification was due' }) month: string;
  @ApiProperty({ description: 'Notifications due (not cancelled)' }) due: number;
  @ApiProperty() sent: number;
  @ApiProperty({ description: 'Every attempt to send failed' }) failed: number;
  @ApiProperty({ description: 'Sent, but the email or text was reported not delivered' }) notDelivered: number;
  @ApiProperty({ description: 'Letters scheduled because an email or text was not delivered' })
  fellBackToLetter: number;
}

export class NotificationsFigureResponse extends FigureResponse {
  @ApiProperty({ type: [NotificationsMonth] }) months: NotificationsMonth[];
}
