import { purposeOptions, statedPurpose as statedPurposeOf } from './partner-purpose';

const PAROLE_BOARD = ['PAROLE_BOARD'];
const statedPurpose = (choice: unknown, detail: unknown) => statedPurposeOf(choice, detail, PAROLE_BOARD);
const ADMINISTRATORS_OWN = ['subject access', 'erasure request', 'retention review', 'audit review', 'data quality'];

describe("a partner's stated purpose, as X-Purpose", () => {
  it('offers a partner the purposes the API lets their role give, in words, and never an administrator’s', () => {
    for (const role of ['PAROLE_BOARD', 'MAPPA_PARTNER']) {
      const offered = purposeOptions([role]).map((option) => option.value);
      expect(offered).toEqual(['parole review', 'MAPPA meeting', 'safeguarding', 'complaint', 'legal claim']);
      for (const purpose of ADMINISTRATORS_OWN) expect(offered).not.toContain(purpose);
    }
    expect(purposeOptions(PAROLE_BOARD).find((option) => option.value === 'parole review')?.text).toBe('Parole review');
  });

  it('refuses an administrator’s purpose posted by a partner, naming the field', () => {
    for (const purpose of ADMINISTRATORS_OWN)
      expect(statedPurpose(purpose, '')).toMatchObject({ ok: false, field: 'purpose' });
    expect(statedPurposeOf('subject access', '', ['ADMIN'])).toEqual({ ok: true, purpose: 'subject access' });
  });

  it('is the listed purpose alone, or the purpose, a colon and the partner’s reference', () => {
    expect(statedPurpose('parole review', '')).toEqual({ ok: true, purpose: 'parole review' });
    expect(statedPurpose('MAPPA meeting', '  M-2026/04 ')).toEqual({ ok: true, purpose: 'MAPPA meeting: M-2026/04' });
  });

  it('refuses a purpose not on the list, naming the field', () => {
    expect(statedPurpose('curiosity', '')).toMatchObject({ ok: false, field: 'purpose' });
    expect(statedPurpose(undefined, 'PB-1')).toMatchObject({ ok: false, field: 'purpose' });
  });

  it('refuses a reference with control characters, markup or over 100 characters', () => {
    for (const detail of ['PB\u0000-1', '<b>PB</b>', 'x'.repeat(101), 'PB\u202e1'])
      expect(statedPurpose('parole review', detail)).toMatchObject({ ok: false, field: 'purposeDetail' });
  });
});
