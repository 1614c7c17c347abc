import { renderLetterPdf } from './letter-pdf';
import { renderLetter } from './render-letter';
import { everyMilestone } from './testing/letter-facts.fixture';
import { normaliseSpace, pdfText } from './testing/pdf-text';

const letter = renderLetter({
  stage: 'licence-conditions-set',
  language: 'en',
  facts: everyMilestone(),
  recipient: { fullName: 'Jane Example', addressLines: ['12 Acacia Avenue', 'Leeds'], postcode: 'LS6 2QR' },
  officer: { name: 'Sam Officer', phone: '0113 496 0000' },
});

const pdfOf = (largePrint: boolean, compress = false) =>
  renderLetterPdf({ addressBlock: letter.addressBlock, date: '2 October 2027', reference: 'VCS-1A2B3C4D', subject: letter.subject, body: letter.body, largePrint, language: 'en-GB', compress });

describe('renderLetterPdf', () => {
  it('is a PDF holding the address, date, reference, heading and the whole body', async () => {
    const pdf = await pdfOf(false);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const text = normaliseSpace(pdfText(pdf));
    for (const expected of ['Jane Example 12 Acacia Avenue Leeds LS6 2QR', 'Date: 2 October 2027', 'Our reference: VCS-1A2B3C4D', 'Licence conditions', normaliseSpace(letter.body)]) {
      expect(text).toContain(expected);
    }
  });

  it('sets the body at 18 pt in large print and 12 pt otherwise', async () => {
    expect((await pdfOf(true)).toString('latin1')).toMatch(/ 18 Tf/);
    expect((await pdfOf(false)).toString('latin1')).not.toMatch(/ 18 Tf/);
  });

  it('keeps the victim\'s name out of the document properties', async () => {
    const raw = (await pdfOf(false)).toString('latin1');
    expect(raw).toContain('(Letter VCS-1A2B3C4D)');
    expect(raw).not.toMatch(/\(Jane Example\)/);
  });

  it('compresses by default', async () => {
    const pdf = await pdfOf(false, true);
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
  });
});

describe('pdfText', () => {
  it('reads the words back out of a compressed PDF too', async () => {
    const text = normaliseSpace(pdfText(await pdfOf(false, true)));
    expect(text).toContain(normaliseSpace(letter.body));
  });
});
