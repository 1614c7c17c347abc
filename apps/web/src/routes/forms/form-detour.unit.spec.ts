import { Request } from 'express';
import { comeBackFromDetour } from './form-detour';

/** A session holding a referral left to record its sentence first. */
function sessionLeftForSentence(values: Record<string, string>) {
  return {
    session: {
      forms: { 'referrals/new:new': { values: { ...values }, errors: [], revision: '7', newId: 'n-1' } },
      detour: {
        fromUrl: '/referrals/new',
        fromKey: 'referrals/new:new',
        toKey: 'sentences/new:new',
        carry: { sentenceReference: 'reference' },
      },
    },
  } as unknown as Request;
}

describe('coming back from another form', () => {
  it('goes back to the form left, with the other form’s answer where the user left it empty', () => {
    const req = sessionLeftForSentence({ fullName: 'Typed Name', sentenceReference: '' });
    expect(comeBackFromDetour(req, 'sentences/new:new', { reference: 'X123456' })).toBe('/referrals/new');
    expect(req.session.forms?.['referrals/new:new'].values).toEqual({
      fullName: 'Typed Name',
      sentenceReference: 'X123456',
    });
    expect(req.session.detour).toBeUndefined();
  });

  it('keeps what the user typed over the other form’s answer, and checks the form against the case as it is now', () => {
    const req = sessionLeftForSentence({ sentenceReference: 'X999999' });
    comeBackFromDetour(req, 'sentences/new:new', { reference: 'X123456' });
    expect(req.session.forms?.['referrals/new:new'].values.sentenceReference).toBe('X999999');
    expect(req.session.forms?.['referrals/new:new'].revision).toBe('');
  });

  it('is no detour for another form: nothing changes', () => {
    const req = sessionLeftForSentence({ sentenceReference: '' });
    expect(comeBackFromDetour(req, 'contact:v-1', { reference: 'X123456' })).toBeUndefined();
    expect(req.session.detour).toBeDefined();
    expect(req.session.forms?.['referrals/new:new'].values.sentenceReference).toBe('');
  });
});
