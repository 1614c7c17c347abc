import { pseudonymousVictimReference } from './pseudonymous-victim-reference';

describe('pseudonymous victim reference', () => {
  const victimId = '3b241101-e2bb-4255-8caf-4136c566a962';

  it('is stable for the same victim and key', () => {
    expect(pseudonymousVictimReference(victimId, 'k'.repeat(32))).toBe(pseudonymousVictimReference(victimId.toUpperCase(), 'k'.repeat(32)));
  });

  it('differs between victims and between keys', () => {
    const other = '9a7c3d52-1e4f-4b6a-8c2d-5f0e1a3b7c9d';
    expect(pseudonymousVictimReference(victimId, 'k'.repeat(32))).not.toBe(pseudonymousVictimReference(other, 'k'.repeat(32)));
    expect(pseudonymousVictimReference(victimId, 'k'.repeat(32))).not.toBe(pseudonymousVictimReference(victimId, 'j'.repeat(32)));
  });

  it('carries nothing of the id', () => {
    const reference = pseudonymousVictimReference(victimId, 'k'.repeat(32));
    expect(reference).toMatch(/^V-[A-Z2-9]{10}$/);
    expect(victimId.toUpperCase()).not.toContain(reference.slice(2, 6));
  });
});
