/**
 * An open case on its `caseload_victims` row: one a VLO works, from the referral awaiting first contact through
 * enrolment (a rejoined victim is enrolled again); not declined, withdrawn, closed (`case_closed`: closed and not
 * reopened since, as the case view's status) or erased. The same meaning as "Open cases" on the team page and My
 * caseload. Exactly the predicate of the `caseload_victims_open_*` partial indexes (migration `1765530000000`), so
 * one of them answers a count.
 */
export const OPEN_CASE = "participation IN ('referred', 'enrolled') AND NOT personal_data_erased AND NOT case_closed";
