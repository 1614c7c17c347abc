import { NextFunction, Request, Response } from 'express';

const SECTIONS = [
  { href: '/', text: 'My caseload', managerOnly: false },
  { href: '/referrals/new', text: 'Record a referral', managerOnly: false },
  { href: '/sentences/new', text: 'Record a sentence', managerOnly: false },
  { href: '/team', text: 'Your team', managerOnly: true },
  { href: '/letters/review', text: 'Letters to approve', managerOnly: true },
  { href: '/performance', text: 'How the unit is doing', managerOnly: true },
  { href: '/outbox', text: 'Sent messages', managerOnly: false },
];

/** The service navigation, the current section marked. */
export function navigation(req: Request, res: Response, next: NextFunction): void {
  const isManager = res.locals.isManager === true;
  const current =
    SECTIONS.filter((section) => section.href !== '/' && req.path.startsWith(section.href)).pop()?.href ?? '/';
  res.locals.navigation = SECTIONS.filter((section) => isManager || !section.managerOnly).map(({ href, text }) => ({
    href,
    text,
    active: href === current,
  }));
  next();
}
