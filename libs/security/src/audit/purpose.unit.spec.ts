import { purposeOf } from './purpose';

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
});
