import { REPRESENTATION_RECIPIENTS } from '@vcs/domain';
import { PARTNER_ROLE_OF_RECIPIENT, recipientReadBy } from './partner-organisation';
import { PARTNER_ROLES, ROLES } from './role';

describe('partner organisations', () => {
  it('gives the Parole Board what went to the Parole Board, and MAPPA partners what went to MAPPA', () => {
    expect(recipientReadBy('PAROLE_BOARD')).toBe('parole-board');
    expect(recipientReadBy('MAPPA_PARTNER')).toBe('mappa');
  });

  it('gives every partner role its one recipient, and no other role any', () => {
    for (const role of ROLES)
      expect({ role, reads: recipientReadBy(role) !== undefined }).toEqual({
        role,
        reads: PARTNER_ROLES.includes(role),
      });
  });

  it('names every recipient the domain knows, each read by a partner role or by nobody through the API', () => {
    expect(Object.keys(PARTNER_ROLE_OF_RECIPIENT).sort()).toEqual([...REPRESENTATION_RECIPIENTS].sort());
    for (const role of Object.values(PARTNER_ROLE_OF_RECIPIENT))
      expect(role === null || PARTNER_ROLES.includes(role)).toBe(true);
  });
});
