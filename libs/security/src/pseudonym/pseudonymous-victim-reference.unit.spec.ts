import { pseudonymousVictimReference } from './pseudonymous-victim-reference';

describe('pseudonymous victim reference', () => {
  const victimId = '3b241101-e2bb-4255-8caf-4136c566a962';
  const sentenceId = '5d0c8a1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f';
  const key = 'k'.repeat(32);

  it('is stable for the same victim, sentence and key', () => {
    expect(pseudonymousVictimReference(victimId, sentenceId, key)).toBe(
      pseudonymousVictimReference(victimId.toUpperCase(), sentenceId.toUpperCase(), key),
    );
  });

  it('differs between victims and between keys', () => {
    const other = '9a7c3d52-1e4f-4b6a-8c2d-5f0e1a3b7c9d';
    expect(pseudonymousVictimReference(victimId, sentenceId, key)).not.toBe(
      pseudonymousVictimReference(other, sentenceId, key),
    );
    expect(pseudonymousVictimReference(victimId, sentenceId, key)).not.toBe(
      pseudonymousVictimReference(victimId, sentenceId, 'j'.repeat(32)),
    );
  });

  it('differs between the sentences of one victim, so a partner cannot link the victim across offenders', () => {
    const otherSentence = 'c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5';
    expect(pseudonymousVictimReference(victimId, sentenceId, key)).not.toBe(
      pseudonymousVictimReference(victimId, otherSentence, key),
    );
  });

  it('carries nothing of the id', () => {
    const reference = pseudonymousVictimReference(victimId, sentenceId, key);
    expect(reference).toMatch(/^V-[A-Z2-9]{10}$/);
    expect(victimId.toUpperCase()).not.toContain(reference.slice(2, 6));
  });
});
