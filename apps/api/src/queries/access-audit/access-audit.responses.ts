import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One read of victim data, as the trail keeps it (for the OpenAPI document). */
export class AccessAuditEntryResponse {
  @ApiProperty({ description: 'The entry id' }) id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: 'vlo-7' }) userId: string;
  @ApiProperty({ example: 'VLO' }) role: string;
  @ApiProperty({ example: 'read victim case view' }) action: string;
  @ApiProperty({ example: 'GET' }) method: string;
  @ApiProperty({ example: '/victims/:victimId', description: 'The route pattern, never the path with its ids' })
  route: string;
  @ApiProperty({ example: 'victim' }) resourceType: string;
  @ApiPropertyOptional() resourceId?: string;
  @ApiProperty({ type: [String], description: 'Every victim whose data the answer carried (or would have carried)' })
  victimIds: string[];
  @ApiProperty({ description: 'Why: the X-Purpose given, or the role’s standing purpose' }) purpose: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiProperty({ type: 'integer', example: 200, description: 'The HTTP status answered' }) status: number;
}

export class AccessAuditPageResponse {
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: [AccessAuditEntryResponse] }) items: AccessAuditEntryResponse[];
}
