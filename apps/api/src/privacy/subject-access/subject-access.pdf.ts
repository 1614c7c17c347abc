import PDFDocument from 'pdfkit';
import { ExportedEvent, SubjectAccessExport } from './subject-access.exporter';

const MARGIN = 50;
const INDENT = 12;

/**
 * The subject access export as a readable PDF: the same content as the JSON document, laid out as headed sections
 * (summary, the victim's record event by event, the sentence records about them, read-model rows, the access
 * audit), every value on its own "label: value" line. Built in memory (an export is at most a few hundred pages).
 */
export function renderSubjectAccessPdf(data: SubjectAccessExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `Subject access export ${data.victimId}`,
      Author: 'Victim Contact Service',
      Subject: 'UK GDPR Article 15 subject access export',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text('Subject access export');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  line(doc, 'Victim id', data.victimId);
  line(doc, 'Exported at', data.exportedAt);
  line(doc, 'Exported by', `${data.exportedBy.userId} (${data.exportedBy.role})`);
  line(doc, 'Personal data erased', data.erased ? 'yes' : 'no');
  if (data.erasure)
    line(doc, 'Erased', `${data.erasure.destroyedAt} by ${data.erasure.destroyedBy} (${data.erasure.reason})`);
  for (const note of data.notes) doc.moveDown(0.3).font('Helvetica-Oblique').text(clean(note)).font('Helvetica');

  heading(doc, `The victim's record (${data.victimEvents.length} events)`);
  data.victimEvents.forEach((event) => eventBlock(doc, event));

  heading(doc, 'Sentence records about the victim');
  if (data.sentences.length === 0) doc.text('None.');
  for (const sentence of data.sentences) {
    subheading(doc, `Sentence ${sentence.reference ?? sentence.sentenceId}`);
    sentence.events.forEach((event) => eventBlock(doc, event));
  }

  heading(doc, 'Read models (what the service shows and works from)');
  const tables = Object.entries(data.readModels);
  if (tables.length === 0) doc.text('None.');
  for (const [table, rows] of tables) {
    subheading(doc, `${table} (${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
    rows.forEach((row, index) => {
      doc
        .font('Helvetica-Bold')
        .text(`Row ${index + 1}`)
        .font('Helvetica');
      values(doc, row, 1);
    });
  }

  heading(doc, `Access audit (${data.accessAudit.length} entries)`);
  if (data.accessAudit.length === 0) doc.text('None.');
  for (const entry of data.accessAudit) {
    doc.text(
      clean(
        `${new Date(entry.occurredAt).toISOString()}  ${entry.userId} (${entry.role})  ${entry.action}  ${entry.method} ${entry.route}  status ${entry.status}`,
      ),
    );
    doc.text(clean(`    purpose: ${entry.purpose}`));
  }

  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(clean(text)).fontSize(10).font('Helvetica').moveDown(0.3);
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(clean(text)).fontSize(10).font('Helvetica');
}

function eventBlock(doc: PDFKit.PDFDocument, event: ExportedEvent): void {
  doc
    .moveDown(0.4)
    .font('Helvetica-Bold')
    .text(clean(`${event.occurredAt}  ${event.type}`))
    .font('Helvetica');
  line(doc, 'Recorded by', event.recordedBy ? `${event.recordedBy.userId} (${event.recordedBy.role})` : 'unknown', 1);
  line(doc, 'Event', `${event.eventId}, ${event.streamId} revision ${event.revision}`, 1);
  values(doc, event.data, 1);
}

function line(doc: PDFKit.PDFDocument, label: string, value: string, depth = 0): void {
  doc.text(clean(`${label}: ${value}`), MARGIN + depth * INDENT);
}

/** Nested values as indented "label: value" lines; arrays numbered. */
function values(doc: PDFKit.PDFDocument, value: unknown, depth: number, label?: string): void {
  if (value === null || value === undefined || typeof value !== 'object') {
    doc.text(clean(label === undefined ? scalar(value) : `${label}: ${scalar(value)}`), MARGIN + depth * INDENT);
    return;
  }
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [`${index + 1}`, item])
    : Object.entries(value as Record<string, unknown>);
  if (label !== undefined)
    doc.text(clean(entries.length === 0 ? `${label}: (none)` : `${label}:`), MARGIN + depth * INDENT);
  for (const [key, item] of entries) values(doc, item, label === undefined ? depth : depth + 1, key);
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  return String(value);
}

/** The standard PDF fonts cover Latin-1: other characters are shown as "?" rather than dropped silently. */
function clean(text: string): string {
  /* eslint-disable no-control-regex -- control characters would corrupt the layout */
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[^\u0000-\u00FF]/g, '?');
}
/* eslint-enable no-control-regex */
