import { inflateSync } from 'node:zlib';

/** The streams of a pdfkit file by object number, inflated when compressed (pdfkit writes one Flate filter per stream). */
function pdfStreams(pdf: Buffer): Map<number, string> {
  const source = pdf.toString('latin1');
  const streams = new Map<number, string>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(match[2])) {
      try {
        streams.set(Number(match[1]), inflateSync(raw).toString('latin1'));
      } catch {
        // a stream that does not inflate on its own holds no text
      }
    } else streams.set(Number(match[1]), raw.toString('latin1'));
  }
  return streams;
}

/** Every stream of the file, decoded, one after another. */
export function pdfContent(pdf: Buffer): string {
  return [...pdfStreams(pdf).values()].join('\n');
}

/** An embedded (Type0, Identity-H) font's ToUnicode map: glyph code → the text it stands for. */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const textOf = (hex: string) =>
    String.fromCharCode(
      ...hex
        .split(/\s+/)
        .filter(Boolean)
        .map((unit) => parseInt(unit, 16)),
    );
  for (const range of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const first = parseInt(range[1], 16);
    [...range[3].matchAll(/<([0-9a-fA-F ]*)>/g)].forEach((entry, index) => map.set(first + index, textOf(entry[1])));
  }
  for (const single of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>\s*$/gm))
    map.set(parseInt(single[1], 16), textOf(single[2]));
  return map;
}

interface TextRun {
  /** The font resource name (`F1` …) the run is set in. */
  readonly font: string;
  /** The raw codes: glyph ids for an embedded font, bytes for a standard one. */
  readonly codes: readonly number[];
  readonly text: string;
}

/** The text runs (TJ) of a pdfkit file, each decoded through its font: ToUnicode for embedded fonts, WinAnsi else. */
export function pdfTextRuns(pdf: Buffer): TextRun[] {
  const source = pdf.toString('latin1');
  const streams = pdfStreams(pdf);
  const cmapOfFont = new Map<number, Map<number, string>>();
  for (const font of source.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*endobj/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font[2]);
    const cmap = toUnicode && streams.get(Number(toUnicode[1]));
    if (cmap) cmapOfFont.set(Number(font[1]), toUnicodeMap(cmap));
  }
  const fontByName = new Map<string, number>();
  for (const resource of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontByName.set(resource[1], Number(resource[2]));

  const runs: TextRun[] = [];
  for (const content of streams.values()) {
    let font = '';
    for (const token of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>\s*(?:-?[\d.]+\s*)?)+)\]\s*TJ/g)) {
      if (token[1]) {
        font = token[1];
        continue;
      }
      const hex = [...token[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('');
      const cmap = cmapOfFont.get(fontByName.get(font) ?? -1);
      if (cmap) {
        const codes = (hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16));
        runs.push({ font, codes, text: codes.map((code) => cmap.get(code) ?? '\uFFFD').join('') });
      } else {
        const bytes = Buffer.from(hex, 'hex');
        runs.push({ font, codes: [...bytes], text: bytes.toString('latin1') });
      }
    }
  }
  return runs;
}

/**
 * The text of a pdfkit file, one line per text run, in Unicode NFC (the font may print "ị" as "i" and a combining dot,
 * each its own glyph). Good enough to prove a letter's words are in its PDF without a PDF parser; normalise whitespace
 * before comparing.
 */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf)
    .map((run) => run.text)
    .join('\n')
    .normalize('NFC');
}

export const normaliseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();
