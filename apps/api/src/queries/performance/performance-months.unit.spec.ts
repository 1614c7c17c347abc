import { addMonths } from './performance.figures';

describe('months of the performance figures', () => {
  it('counts months across year ends, forwards and back', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-12', -11)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
  });
});
