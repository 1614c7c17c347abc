import { IsoDate } from '@vcs/domain';
import { TemplateContext } from './letter-template';

/**
 * The parole hearing's date as it stands: the listed date, unless a later deferral or adjournment set a new one
 * (issue 17). The reminder letter is moved to the new date, so it must name it too.
 */
export function paroleHearingDate({ facts, need }: Pick<TemplateContext, 'facts' | 'need'>): IsoDate {
  const listed = need('parole-hearing-listed');
  const postponed = facts.milestones['parole-hearing-postponed'];
  return postponed?.detail.newHearingDate !== undefined && postponed.date >= listed.date
    ? postponed.detail.newHearingDate
    : listed.detail.hearingDate;
}
