import { NextFunction, Request, Response } from 'express';

const CASEWORK = ['VLO', 'VLO_MANAGER'];
const PARTNERS = ['PAROLE_BOARD', 'MAPPA_PARTNER'];

/** Each section and the roles it is for: a person sees only the sections their roles can use. */
const SECTIONS = [
  { href: '/', text: 'My caseload', roles: CASEWORK },
  { href: '/referrals/new', text: 'Record a referral', roles: CASEWORK },
  { href: '/sentences/new', text: 'Record a sentence', roles: CASEWORK },
  { href: '/team', text: 'Your team', roles: ['VLO_MANAGER'] },
  { href: '/letters/review', text: 'Letters to approve', roles: ['VLO_MANAGER'] },
  { href: '/performance', text: 'How the unit is doing', roles: ['VLO_MANAGER'] },
  { href: '/outbox', text: 'Sent messages', roles: CASEWORK },
  { href: '/partner', text: 'Find a sentence', roles: PARTNERS },
  { href: '/admin/retention-reviews', text: 'Retention reviews', roles: ['ADMIN'] },
  { href: '/admin/victims', text: 'A victim’s record', roles: ['ADMIN'] },
  { href: '/admin/parked-work', text: 'Parked work', roles: ['ADMIN'] },
  { href: '/release-law-changes', text: 'Release-law changes', roles: ['VLO_MANAGER', 'ADMIN'] },
];

/** The service navigation, the current section marked. */
export function navigation(req: Request, res: Response, next: NextFunction): void {
  const roles: readonly string[] = res.locals.user?.roles ?? [];
  const mine = SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
  const current =
    mine.filter((section) => section.href !== '/' && req.path.startsWith(section.href)).pop()?.href ?? '/';
  res.locals.isCasework = roles.some((role) => CASEWORK.includes(role));
  res.locals.navigation = mine.map(({ href, text }) => ({ href, text, active: href === current }));
  next();
}

/** Where `/` takes a person whose work is not a caseload: partners to the sentence search, administrators to theirs. */
export function homeForRole(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET' || req.path !== '/') return next();
  const roles: readonly string[] = res.locals.user?.roles ?? [];
  if (roles.some((role) => CASEWORK.includes(role))) return next();
  if (roles.some((role) => PARTNERS.includes(role))) return res.redirect('/partner');
  if (roles.includes('ADMIN')) return res.redirect('/admin/retention-reviews');
  next();
}
