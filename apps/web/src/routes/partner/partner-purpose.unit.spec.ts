import { PURPOSE_OPTIONS, statedPurpose } from './partner-purpose';

describe("a partner's stated purpose, as X-Purpose", () => {
  it('offers every purpose of the access audit list, in words', () => {
    expect(PURPOSE_OPTIONS.map((option) => option.value)).toEqual(
      expect.arrayContaining(['parole review', 'MAPPA meeting', 'safeguarding']),
    );
    expect(PURPOSE_OPTIONS.find((option) => option.value === 'parole review')?.text).toBe('Parole review');
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
