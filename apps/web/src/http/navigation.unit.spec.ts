import { Request, Response } from 'express';
import { homeForRole, navigation } from './navigation';

const call = (middleware: typeof navigation, roles: string[], path = '/', method = 'GET') => {
  const res = { locals: { user: { roles } }, redirected: undefined as string | undefined } as unknown as Response & {
    redirected?: string;
  };
  (res as unknown as { redirect: (to: string) => void }).redirect = (to: string) => {
    (res as { redirected?: string }).redirected = to;
  };
  let nextCalled = false;
  middleware({ path, method } as Request, res, () => (nextCalled = true));
  return { res, nextCalled };
};

describe('navigation by role', () => {
  const sections = (roles: string[], path = '/') =>
    (call(navigation, roles, path).res.locals.navigation as { text: string; active: boolean }[]).map((s) =>
      s.active ? `*${s.text}` : s.text,
    );

  it("shows each person only their role's sections, the current one marked", () => {
    expect(sections(['VLO'])).toEqual(['*My caseload', 'Record a referral', 'Record a sentence', 'Sent messages']);
    expect(sections(['VLO_MANAGER'])).toContain('Letters to approve');
    expect(sections(['PAROLE_BOARD'], '/partner/sentences/x')).toEqual(['*Find a sentence']);
    expect(sections(['MAPPA_PARTNER'])).toEqual(['Find a sentence']);
    expect(sections(['ADMIN'], '/admin/parked-work')).toEqual([
      'Retention reviews',
      'A victim’s record',
      '*Parked work',
      'Release-law changes',
    ]);
    expect(sections(['VLO_MANAGER'], '/release-law-changes/x')).toContain('*Release-law changes');
    expect(sections(['VLO'])).not.toContain('Release-law changes');
  });

  it('sends partners and administrators from / to their own start page; caseworkers stay', () => {
    expect(call(homeForRole, ['PAROLE_BOARD']).res).toMatchObject({ redirected: '/partner' });
    expect(call(homeForRole, ['ADMIN']).res).toMatchObject({ redirected: '/admin/retention-reviews' });
    expect(call(homeForRole, ['VLO']).nextCalled).toBe(true);
    expect(call(homeForRole, ['PAROLE_BOARD'], '/partner').nextCalled).toBe(true);
  });
});
