import PDFDocument from 'pdfkit';
import { letterFont } from './letter-fonts';
import { letterLanguageFor } from './letter-stage';

export interface LetterPdfInput {
  /** The address exactly as approved, one line per line. */
  readonly addressBlock: string;
  /** Printed date in the letter's language, e.g. "15 March 2027" or "15 Mawrth 2027" (see `letterDate`). */
  readonly date: string;
  /** Our reference, e.g. "VCS-1A2B3C4D": never the offender's CRN or the victim's name. */
  readonly reference: string;
  readonly subject: string;
  /** From "Dear …" to the signature, as approved. */
  readonly body: string;
  /** The victim asked for large print: body and heading at 18 pt (RNIB: at least 16 pt). */
  readonly largePrint: boolean;
  /** BCP 47 tag of the letter's language, set on the document for screen readers. */
  readonly language: string;
  /** Not yet approved: every page says so across its top (a manager reads it before approving; it is never sent). */
  readonly draft?: boolean;
  /** Off only for tests that read the text back out of the file. */
  readonly compress?: boolean;
}

const MM = 72 / 25.4;
/** Across the top of every page of a letter not yet approved. */
export const DRAFT_MARK = 'DRAFT FOR APPROVAL: NOT APPROVED, DO NOT SEND';
const BODY = 'LetterBody';
const BOLD = 'LetterBold';

/** The words the PDF adds around the letter, in the letter's language (Welsh for any `cy` tag). */
const LABELS = {
  en: {
    service: 'Victim Contact Scheme',
    date: 'Date',
    reference: 'Our reference',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  cy: {
    service: 'Cynllun Cyswllt â Dioddefwyr',
    date: 'Dyddiad',
    reference: 'Ein cyfeirnod',
    page: (n: number, of: number) => `Tudalen ${n} o ${of}`,
  },
} as const;

/**
 * Layout for a DL window envelope (A4 folded in three): the address block sits 25 mm from the left and 50 mm from
 * the top, in an 80 × 35 mm box, so it shows through a standard 90 × 45 mm window set 20 mm from the left. Nothing
 * else is printed in the window area: a letter seen through the envelope must not say it comes from the Probation
 * Service, which could put a victim of domestic abuse at risk in their own home.
 */
const LAYOUT = {
  left: 25 * MM,
  right: 20 * MM,
  addressTop: 50 * MM,
  addressWidth: 80 * MM,
  addressHeight: 35 * MM,
  detailsLeft: 120 * MM,
  bodyTop: 100 * MM,
  bottom: 20 * MM,
};

/** A4 PDF of an approved letter: address for the window, date and reference, heading, body, page numbers; fonts embedded. */
export function renderLetterPdf(input: LetterPdfInput): Promise<Buffer> {
  const bodySize = input.largePrint ? 18 : 12;
  const labels = LABELS[letterLanguageFor(input.language)];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: LAYOUT.bottom, left: LAYOUT.left, right: LAYOUT.right },
    compress: input.compress ?? true,
    bufferPages: true,
    lang: input.language,
    displayTitle: true,
    // The title names the reference only: document properties travel with the file and must not name the victim.
    info: {
      Title: `${input.draft ? 'Draft letter' : 'Letter'} ${input.reference}`,
      Author: 'Victim Contact Scheme',
      Subject: input.subject,
    },
  });
  // Embedded Unicode fonts (subset to the glyphs used): Welsh ŵ ŷ, and any name a VLO types, print as written.
  doc.registerFont(BODY, letterFont('regular'));
  doc.registerFont(BOLD, letterFont('bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const pageWidth = doc.page.width;
  const textWidth = pageWidth - LAYOUT.left - LAYOUT.right;

  // Service name and details to the right, outside the window.
  doc
    .font(BOLD)
    .fontSize(11)
    .text(labels.service, LAYOUT.detailsLeft, 20 * MM, { width: pageWidth - LAYOUT.detailsLeft - LAYOUT.right });
  doc
    .font(BODY)
    .fontSize(11)
    .text(`${labels.date}: ${input.date}`, LAYOUT.detailsLeft, LAYOUT.addressTop, {
      width: pageWidth - LAYOUT.detailsLeft - LAYOUT.right,
    });
  doc.text(`${labels.reference}: ${input.reference}`, { width: pageWidth - LAYOUT.detailsLeft - LAYOUT.right });

  // The address block: always 11 pt so it fits the window whatever the print size of the body.
  doc.font(BODY).fontSize(11).text(input.addressBlock, LAYOUT.left, LAYOUT.addressTop, {
    width: LAYOUT.addressWidth,
    height: LAYOUT.addressHeight,
    ellipsis: false,
    lineGap: 1,
  });

  doc.font(BOLD).fontSize(bodySize).text(input.subject, LAYOUT.left, LAYOUT.bodyTop, { width: textWidth });
  doc.moveDown(0.8);
  doc.font(BODY).fontSize(bodySize);
  for (const paragraph of input.body.split(/\n{2,}/)) {
    doc.text(paragraph, LAYOUT.left, doc.y, { width: textWidth, align: 'left', lineGap: input.largePrint ? 4 : 2 });
    doc.moveDown(0.8);
  }

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    if (input.draft)
      doc
        .font(BOLD)
        .fontSize(11)
        .text(DRAFT_MARK, LAYOUT.left, 8 * MM, { width: textWidth, lineBreak: false });
    const footerY = doc.page.height - LAYOUT.bottom + 4 * MM;
    doc
      .font(BODY)
      .fontSize(input.largePrint ? 14 : 9)
      .text(labels.page(index + 1, range.count), LAYOUT.left, footerY, {
        width: textWidth,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return finished;
}
