import { renderLetterPdf } from './letter-pdf';
import { renderLetter } from './render-letter';
import { everyMilestone } from './testing/letter-facts.fixture';
import { normaliseSpace, pdfText, pdfTextRuns } from './testing/pdf-text';

const letter = renderLetter({
  stage: 'licence-conditions-set',
  language: 'en',
  facts: everyMilestone(),
  recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS6 2QR' },
  officer: { name: 'Sam Officer', phone: '0113 496 0000' },
});

const pdfOf = (largePrint: boolean, compress = false) =>
  renderLetterPdf({
    addressBlock: letter.addressBlock,
    date: '2 October 2027',
    reference: 'VCS-1A2B3C4D',
    subject: letter.subject,
    body: letter.body,
    largePrint,
    language: 'en-GB',
    compress,
  });

describe('renderLetterPdf', () => {
  it('is a PDF holding the address, date, reference, heading and the whole body', async () => {
    const pdf = await pdfOf(false);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const text = normaliseSpace(pdfText(pdf));
    for (const expected of [
      'Jane Example 12 Acacia Avenue Leeds LS6 2QR',
      'Date: 2 October 2027',
      'Our reference: VCS-1A2B3C4D',
      'Licence conditions',
      normaliseSpace(letter.body),
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('sets the body at 18 pt in large print and 12 pt otherwise', async () => {
    expect((await pdfOf(true)).toString('latin1')).toMatch(/ 18 Tf/);
    expect((await pdfOf(false)).toString('latin1')).not.toMatch(/ 18 Tf/);
  });

  it("keeps the victim's name out of the document properties", async () => {
    const raw = (await pdfOf(false)).toString('latin1');
    expect(raw).toContain('(Letter VCS-1A2B3C4D)');
    expect(raw).not.toMatch(/\(Jane Example\)/);
  });

  it('compresses by default', async () => {
    const pdf = await pdfOf(false, true);
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
  });
});

describe('renderLetterPdf with Welsh and names from any European alphabet', () => {
  const names = ['Siân Llŷr', 'Zoë Brontë', 'Łukasz Żółć', 'Nguyễn Văn Ánh', 'Dmitrий Ωmega'];
  const welsh = (body: string, compress = false) =>
    renderLetterPdf({
      addressBlock: `${names[0]}\n1 Ffordd y Bŵa\nCaernarfon\nLL55 1AA`,
      date: '2 Hydref 2027',
      reference: 'VCS-1A2B3C4D',
      subject: 'Diwedd eich amodau trwydded',
      body,
      largePrint: false,
      language: 'cy',
      compress,
    });
  const body = `Annwyl ${names[0]},\n\nMae'r llythyr hwn i ${names.join(', ')}: ŵ ŷ â ê î ô û ŵ Ŵ Ŷ ë ï.\n\nYn gywir,`;

  it('embeds Noto Sans instead of a standard font, so the text is not limited to Latin-1', async () => {
    const raw = (await welsh(body)).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it.each([false, true])(
    'prints every character of the Welsh text and the names with a real glyph (compressed: %s)',
    async (compress) => {
      const pdf = await welsh(body, compress);
      const text = normaliseSpace(pdfText(pdf));
      expect(text).toContain(normaliseSpace(body));
      for (const name of names) expect(text).toContain(name);
      for (const label of [
        'Cynllun Cyswllt â Dioddefwyr',
        'Dyddiad: 2 Hydref 2027',
        'Ein cyfeirnod: VCS-1A2B3C4D',
        'Tudalen 1 o 1',
        'Diwedd eich amodau trwydded',
      ]) {
        expect(text).toContain(label);
      }
      // Glyph 0 is .notdef, the empty box a font prints for a character it lacks.
      expect(pdfTextRuns(pdf).filter((run) => run.codes.includes(0))).toEqual([]);
    },
  );

  it('copies back as the text written when it uses more than 256 different characters', async () => {
    // Welsh, Latin Extended-A, Greek and Cyrillic letters the embedded font draws: well over 256 distinct glyphs in one letter.
    const ranges: [number, number][] = [
      [0x00c0, 0x00ff],
      [0x0100, 0x017f],
      [0x0391, 0x03a9],
      [0x03b1, 0x03c9],
      [0x0410, 0x044f],
    ];
    const characters = ranges
      .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
      .filter((c) => c !== '\u03a2' && c !== '\u00d7' && c !== '\u00f7');
    expect(new Set(characters).size).toBeGreaterThan(256);
    const words = Array.from({ length: Math.ceil(characters.length / 8) }, (_, i) =>
      characters.slice(i * 8, i * 8 + 8).join(''),
    );
    const text = `${body}\n\n${words.join(' ')}`;
    const copied = normaliseSpace(pdfText(await welsh(text, true)));
    for (const word of words) expect(copied).toContain(word);
  });

  it('would show a character the font lacks as .notdef (the check above can fail)', async () => {
    const runs = pdfTextRuns(await welsh('Annwyl 漢,'));
    expect(runs.some((run) => run.codes.includes(0))).toBe(true);
  });
});

describe('pdfText', () => {
  it('reads the words back out of a compressed PDF too', async () => {
    const text = normaliseSpace(pdfText(await pdfOf(false, true)));
    expect(text).toContain(normaliseSpace(letter.body));
  });
});

describe('free text with markup in a letter', () => {
  // The rule (README, "Free text"): stored as the text it is; every output encodes it for its medium. A PDF draws it
  // as characters: tags and Markdown show as typed, nothing in them is a link, a script or a format.
  it('is drawn as the characters typed, never interpreted', async () => {
    const markup = '<script>alert(1)</script> <b>Leeds</b> [click](https://example.org) **bold**';
    const pdf = await renderLetterPdf({
      addressBlock: 'Jane Example\n<i>12 Acacia Avenue</i>\nLS6 2QR',
      date: '2 October 2027',
      reference: 'VCS-1A2B3C4D',
      subject: letter.subject,
      body: `Dear Jane,\n\n${markup}`,
      largePrint: false,
      language: 'en-GB',
      compress: false,
    });
    const text = normaliseSpace(pdfText(pdf));
    expect(text).toContain(markup);
    expect(text).toContain('<i>12 Acacia Avenue</i>');
    const raw = pdf.toString('latin1');
    expect(raw).not.toMatch(/\/URI|\/JavaScript|\/JS\b|\/Link/);
  });
});
