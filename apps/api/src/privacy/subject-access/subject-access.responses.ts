import { ApiProperty } from '@nestjs/swagger';

const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/** The subject access export's outline (for the OpenAPI document); the events and rows inside are as stored. */
export class SubjectAccessExportResponse {
  @ApiProperty({ enum: ['subject-access-export'] }) kind: 'subject-access-export';
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: 'object', properties: { userId: { type: 'string' }, role: { type: 'string' } } }) exportedBy: {
    userId: string;
    role: string;
  };
  @ApiProperty({ description: "True once the victim's personal data was erased: the export then holds none" })
  erased: boolean;
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { destroyedAt: { type: 'string' }, destroyedBy: { type: 'string' }, reason: { type: 'string' } },
  })
  erasure: { destroyedAt: string; destroyedBy: string; reason: string } | null;
  @ApiProperty({ type: [String] }) notes: string[];
  @ApiProperty({
    type: 'array',
    items: ANY_OBJECT,
    description: "The victim's own stream, every event, personal data decrypted",
  })
  victimEvents: object[];
  @ApiProperty({
    type: 'array',
    items: ANY_OBJECT,
    description:
      'Each linked sentence: reference, date, milestones that protect the victim, meetings that considered them',
  })
  sentences: object[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: ANY_OBJECT },
    description: 'Every read-model row about the victim, by table',
  })
  readModels: Record<string, object[]>;
  @ApiProperty({ type: 'array', items: ANY_OBJECT, description: 'Every access-audit entry naming the victim' })
  accessAudit: object[];
}
