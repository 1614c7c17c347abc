import { inflateSync } from 'node:zlib';

/** The content streams of a pdfkit file, inflated when compressed (pdfkit writes one Flate filter per stream). */
export function pdfContent(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of source.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(match[1])) {
      try {
        parts.push(inflateSync(raw).toString('latin1'));
      } catch {
        // fonts and images may not inflate on their own; they hold no text
      }
    } else parts.push(raw.toString('latin1'));
  }
  return parts.join('\n');
}

/**
 * The text of a pdfkit file (standard fonts, WinAnsi): the hex strings of every TJ, one line each. Good enough to
 * prove a letter's words are in its PDF without a PDF parser; normalise whitespace before comparing.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const match of pdfContent(pdf).matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}

export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();
