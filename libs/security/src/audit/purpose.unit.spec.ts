import { PURPOSES, purposeOf, purposesFor } from './purpose';

describe('X-Purpose', () => {
  it.each([
    ['parole review', 'parole review'],
    ['parole review: PB-2026-0113', 'parole review'],
    ['Parole-Review PB-2026-0113', 'parole review'],
    ['MAPPA meeting: level 2', 'MAPPA meeting'],
    ['subject access request SAR-17', 'subject access'],
    ['safeguarding', 'safeguarding'],
  ])('takes "%s" as %s', (header, purpose) => {
    expect(purposeOf(header)).toBe(purpose);
  });

  it.each([
    ['any three characters', 'abc'],
    ['a purpose not on the list', 'curiosity about my neighbour'],
    ['a listed word run into another', 'safeguardingx'],
    ['a bidirectional override', 'parole review \u202Eevil'],
    ['a control character', 'parole review\u0007'],
    ['too long', `parole review ${'x'.repeat(200)}`],
  ])('refuses %s', (_case, header) => {
    expect(purposeOf(header)).toBeUndefined();
  });

  it('lets each role give only its own purposes: an administrator’s work on a record is theirs alone', () => {
    expect(purposesFor('ADMIN')).toEqual(PURPOSES);
    for (const role of ['PAROLE_BOARD', 'MAPPA_PARTNER'])
      expect(purposesFor(role)).toEqual(['parole review', 'MAPPA meeting', 'safeguarding', 'complaint', 'legal claim']);
    for (const role of ['VLO', 'VLO_MANAGER', 'PAROLE_BOARD', 'MAPPA_PARTNER'])
      for (const purpose of ['subject access', 'erasure request', 'retention review', 'data quality'])
        expect({ role, purpose, allowed: purposesFor(role).includes(purpose as never) }).toEqual({
          role,
          purpose,
          allowed: false,
        });
    expect(purposesFor('VLO_MANAGER')).toContain('audit review');
    expect(purposesFor('VLO')).not.toContain('audit review');
    expect(purposesFor('NOBODY')).toEqual([]);
  });
});
