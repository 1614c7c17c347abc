import { EventUpcaster } from '../upcasting';

/**
 * SentenceMilestoneReached version 1 → 2 (issue 17). Version 2 parole decisions carry `providedToPartiesOn`, the day
 * the 21 days for reconsideration run from (Parole Board Rules 2019 r.28(3)). Version 1 counted them from the
 * decision's `date`: that is what the event meant when it was written, so that is what the upcast says. `reconsiderable`
 * is left out: version 1 did not know it, and readers treat its absence as "not known" (never as final).
 * Every other kind is unchanged.
 */
export const SENTENCE_MILESTONE_REACHED_V1: EventUpcaster = {
  type: 'SentenceMilestoneReached',
  fromVersion: 1,
  upcastData(data) {
    if (data.kind !== 'parole-decision') return { ...data };
    const detail = (data.detail ?? {}) as Record<string, unknown>;
    return detail.providedToPartiesOn === undefined
      ? { ...data, detail: { ...detail, providedToPartiesOn: data.date } }
      : { ...data };
  },
};
