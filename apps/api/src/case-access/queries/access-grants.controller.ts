import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AccessScope } from '@vcs/domain';
import { AuditedRead, CallerScope, Roles } from '@vcs/security';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Page, PageQuery } from '../../queries/shared/page.query';
import { ReadModelFreshness } from '../../queries/shared/read-model-freshness';
import { SCOPE_PROJECTION, unitInScope } from '../../queries/shared/access-scope.sql';
import { staffNameOf } from '../../staff/staff-name.sql';

export class AccessGrantsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only grants in force now; false: only ended ones',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @IsIn(['true', 'false'])
  live?: 'true' | 'false';
}

export class AccessGrantItem {
  @ApiProperty({ format: 'uuid' }) grantId: string;
  @ApiProperty({ format: 'uuid' }) victimId: string;
  @ApiProperty({ example: 'yorkshire-and-the-humber', description: 'The unit holding the case' }) caseUnit: string;
  @ApiProperty({ example: 'vlo-london-4' }) granteeUserId: string;
  @ApiProperty({ nullable: true, type: String, example: 'Alex Morgan', description: "The grantee's name, when known" })
  granteeName: string | null;
  @ApiProperty({ example: 'london' }) granteeUnit: string;
  @ApiProperty({ example: 'victim-moved' }) reason: string;
  @ApiProperty({ example: 'manager-yorkshire-1' }) grantedBy: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'Priya Shah',
    description:
      "The granting manager's name, only when the case is your units' (another unit's manager is named to that unit's own staff); null otherwise or when not known",
  })
  grantedByName: string | null;
  @ApiProperty() grantedAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ nullable: true, type: Date }) revokedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) revokedBy: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The revoking manager's name, on the same terms as grantedByName",
  })
  revokedByName: string | null;
  @ApiProperty({ description: 'In force now' }) live: boolean;
}

export class AccessGrantsPage {
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: [AccessGrantItem] }) items: AccessGrantItem[];
}

/** Cross-unit grants, for the managers of both units: those on their units' cases and those given to their people. */
@ApiTags('case access')
@ApiBearerAuth()
@Controller('access-grants')
export class AccessGrantsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Get()
  @Roles('VLO_MANAGER')
  @ApiOperation({
    summary: "Access grants on your units' cases and to your units' people, newest first (no personal data)",
  })
  @ApiOkResponse({ type: AccessGrantsPage })
  @AuditedRead({
    action: 'list access grants',
    resourceType: 'access-grant-list',
    victimIdsOf: (result) => ((result as Page<AccessGrantItem> | undefined)?.items ?? []).map((item) => item.victimId),
  })
  async list(@Query() query: AccessGrantsQuery, @CallerScope() scope: AccessScope): Promise<AccessGrantsPage> {
    await this.freshness.waitFor([SCOPE_PROJECTION], query.minPosition);
    const values: unknown[] = [];
    const conditions = [
      `(${unitInScope(scope, 'case_unit', values)} OR ${unitInScope(scope, 'grantee_unit', values)})`,
    ];
    const liveSql = 'revoked_at IS NULL AND granted_at <= now() AND expires_at > now()';
    if (query.live === 'true') conditions.push(liveSql);
    if (query.live === 'false') conditions.push(`NOT (${liveSql})`);
    const where = `WHERE ${conditions.join(' AND ')}`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM case_access_grants ${where}`,
      values,
    );
    // The grantee is named to both units (their own, and the unit whose case they were given); the managers who
    // granted or revoked it only to their own unit: another unit's staff are not named for a case the caller cannot see.
    const caseIsMine = unitInScope(scope, 'case_unit', values);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT grant_id, victim_id::text, case_unit, grantee_user_id, grantee_unit, reason, granted_by, granted_at, expires_at, revoked_at, revoked_by,
              (${liveSql}) AS live, ${staffNameOf('grantee_user_id')} AS grantee_name,
              CASE WHEN ${caseIsMine} THEN ${staffNameOf('granted_by')} END AS granted_by_name,
              CASE WHEN ${caseIsMine} THEN ${staffNameOf('revoked_by')} END AS revoked_by_name
       FROM case_access_grants ${where} ORDER BY granted_at DESC, grant_id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      page: query.page,
      pageSize: query.pageSize,
      total,
      items: rows.map((r) => ({
        grantId: r.grant_id as string,
        victimId: r.victim_id as string,
        caseUnit: r.case_unit as string,
        granteeUserId: r.grantee_user_id as string,
        granteeName: (r.grantee_name as string | null) ?? null,
        granteeUnit: r.grantee_unit as string,
        reason: r.reason as string,
        grantedBy: r.granted_by as string,
        grantedByName: (r.granted_by_name as string | null) ?? null,
        grantedAt: r.granted_at as Date,
        expiresAt: r.expires_at as Date,
        revokedAt: (r.revoked_at as Date | null) ?? null,
        revokedBy: (r.revoked_by as string | null) ?? null,
        revokedByName: (r.revoked_by_name as string | null) ?? null,
        live: r.live as boolean,
      })),
    };
  }
}
