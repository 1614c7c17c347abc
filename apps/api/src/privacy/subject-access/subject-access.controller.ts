import { VictimInScope } from '../../queries/shared/victim-in-scope';
import { Controller, Get, Param, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuditedRead, AuthenticatedRequest, Roles } from '@vcs/security';
import { VictimPathParams } from '../../victims/shared/victim-path.params';
import { SubjectAccessExport, SubjectAccessExporter } from './subject-access.exporter';
import { renderSubjectAccessPdf } from './subject-access.pdf';
import { SubjectAccessExportResponse } from './subject-access.responses';

/**
 * Subject access (UK GDPR Art. 15): everything held about one victim, for an administrator answering their request.
 * ADMIN only, X-Purpose required (the request's reference), every export written to the access audit.
 */
@ApiTags('privacy')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Purpose', required: true, description: 'Why: the subject access request and its reference' })
@Controller('victims')
export class SubjectAccessController {
  constructor(private readonly exporter: SubjectAccessExporter) {}

  @Get(':victimId/subject-access-export')
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Everything held about a victim as one JSON document: decrypted history, read-model rows, access audit',
  })
  @ApiOkResponse({ type: SubjectAccessExportResponse, description: 'The export' })
  @ApiNotFoundResponse({ description: 'No such victim' })
  @VictimInScope()
  @AuditedRead({ action: 'export subject access data', resourceType: 'victim', resourceParam: 'victimId' })
  async json(@Param() params: VictimPathParams, @Req() request: AuthenticatedRequest): Promise<SubjectAccessExport> {
    return this.exporter.export(params.victimId, actorOf(request));
  }

  @Get(':victimId/subject-access-export.pdf')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'The same export as a readable PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The export as a PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'No such victim' })
  @VictimInScope()
  @AuditedRead({ action: 'export subject access data (pdf)', resourceType: 'victim', resourceParam: 'victimId' })
  async pdf(@Param() params: VictimPathParams, @Req() request: AuthenticatedRequest): Promise<StreamableFile> {
    const pdf = await renderSubjectAccessPdf(await this.exporter.export(params.victimId, actorOf(request)));
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename="subject-access-${params.victimId}.pdf"`,
      length: pdf.length,
    });
  }
}

function actorOf(request: AuthenticatedRequest): { userId: string; role: string } {
  return { userId: request.user?.userId ?? 'unknown', role: request.actingRole ?? 'unknown' };
}
